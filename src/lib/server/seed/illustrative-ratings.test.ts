// Reads the 2013 report from disk to check that each statement is where the table says; the rest is pure.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ratingsFromLetters, type CityResult, type Participation } from '$lib/domain/analysis';
import { demoPreviousAnswers } from './demo-answers';
import { demoCities, demoCycles } from './demo-data';
import { contradictedStatements, quantityHolds } from './illustrative/check-statements';
import { report2013File, report2013Statements } from './illustrative/report-2013-statements';
import { reportedEvidence } from './illustrative/report-evidence';
import { illustrativeCycleSlugs, illustrativeRatings } from './illustrative-ratings';

const reportPath = path.resolve(process.cwd(), '../shared/reference', report2013File);
const haveReport = existsSync(reportPath);

/** The 2011–2012 cycle as the analysis sees it, from the demo data alone (signatories as of 2013-12-31). */
function cycle2011(ratings = illustrativeRatings['2011-2012']): {
	cities: CityResult[];
	participation: Participation;
} {
	const signedBy = (slug: string) => {
		const signedOn = demoCities.find((c) => c.slug === slug)?.signedOn;
		return signedOn !== null && signedOn !== undefined && signedOn <= '2013-12-31';
	};
	const cities = Object.entries(ratings).map(([slug, letters], index) => ({
		cityId: index + 1,
		citySlug: slug,
		cityName: slug,
		countryCode: 'XX',
		population: null,
		signatory: signedBy(slug),
		ratings: ratingsFromLetters(letters),
		texts: {},
		indicators: {}
	}));
	return {
		cities,
		participation: {
			invited: null,
			responding: cities.length,
			signatories: demoCities.filter((c) => signedBy(c.slug)).length,
			respondingSignatories: cities.filter((c) => c.signatory).length
		}
	};
}

describe('illustrative ratings of the demo cycles', () => {
	it('rate every commitment of exactly the respondents the reports list', () => {
		for (const slug of illustrativeCycleSlugs) {
			const respondents = demoCycles.find((c) => c.slug === slug)?.respondents;
			expect(Object.keys(illustrativeRatings[slug]).sort(), slug).toEqual([...respondents!].sort());
			for (const letters of Object.values(illustrativeRatings[slug])) expect(letters).toMatch(/^[FPN ]+$/);
		}
	});

	it('never rate "not at all" a commitment for which the report describes what the city did', () => {
		const contradictions = illustrativeCycleSlugs.flatMap((slug) =>
			Object.entries(reportedEvidence[slug]).flatMap(([city, evidenced]) => {
				const ratings = ratingsFromLetters(illustrativeRatings[slug][city]!);
				return evidenced.filter((c) => ratings[c] === 'not_at_all').map((c) => `${slug} ${city} c${c}`);
			})
		);
		expect(contradictions).toEqual([]);
		// Both reports describe Helsinki's procurement criteria (2013: new strategy; 2020: SIEPP).
		expect(ratingsFromLetters(illustrativeRatings['2018-2020'].helsinki!)[9]).not.toBe('not_at_all');
	});

	it("give Helsinki in 2018–2020 the demo's existing answers", () => {
		const helsinki = ratingsFromLetters(illustrativeRatings['2018-2020'].helsinki!);
		for (const [commitment, rating] of Object.entries(helsinki))
			expect(demoPreviousAnswers[`c${commitment}-rating`], `c${commitment}`).toMatchObject({ rating });
	});

	it('agree with every statement of the 1st report about its aggregates', () => {
		const { cities, participation } = cycle2011();
		for (const statement of report2013Statements)
			expect(contradictedStatements([statement], cities, participation), statement.reading).toEqual([]);
	});

	it('would be caught contradicting the report', () => {
		// Copenhagen rating commitment 6 "not at all" makes five such cities where the report says four.
		const altered = { ...illustrativeRatings['2011-2012'], copenhagen: 'FFF FF NFF FFP' };
		const { cities, participation } = cycle2011(altered);
		expect(contradictedStatements(report2013Statements, cities, participation)).toEqual([
			'employer-workforce'
		]);
	});

	it.skipIf(!haveReport)('cite lines of the report that hold the quoted words', () => {
		const lines = readFileSync(reportPath, 'utf8').split('\n');
		const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
		for (const statement of report2013Statements) {
			expect(normalise(lines[statement.lines[0]! - 1] ?? ''), statement.id).toContain(statement.words);
			expect(statement.words.split(' ').length, statement.id).toBeLessThan(12);
		}
	});
});

describe('reading the words of the report', () => {
	it('uses thresholds that tell the words apart on 23 answers', () => {
		expect(quantityHolds('majority', 12, 23)).toBe(true);
		expect(quantityHolds('majority', 11, 23)).toBe(false);
		expect(quantityHolds('justOverHalf', 13, 23)).toBe(true);
		expect(quantityHolds('justOverHalf', 14, 23)).toBe(false);
		expect(quantityHolds('justUnderHalf', 11, 23)).toBe(true);
		expect(quantityHolds('justUnderHalf', 9, 23)).toBe(false);
		expect(quantityHolds('largeMinority', 7, 23)).toBe(true);
		expect(quantityHolds('largeMinority', 6, 23)).toBe(false);
		expect(quantityHolds('smallMinority', 4, 23)).toBe(true);
		expect(quantityHolds('smallMinority', 0, 23)).toBe(false);
		expect(quantityHolds('vastMajority', 19, 23)).toBe(true);
		expect(quantityHolds('vastMajority', 18, 23)).toBe(false);
		expect(quantityHolds({ exactly: 4 }, 4, 23)).toBe(true);
	});
});
