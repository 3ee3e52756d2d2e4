import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratings } from '../questionnaire/values';
import { suggestMentors, type CityRating } from './rank-mentors';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

let nextId = 1;
function city(overrides: Partial<CityRating> & Pick<CityRating, 'cityName' | 'rating'>): CityRating {
	return {
		cityId: nextId++,
		countryCode: 'XX',
		population: null,
		evidence: '',
		publishedPractices: 0,
		...overrides
	};
}

const mentorNames = (result: ReturnType<typeof suggestMentors>, menteeName: string) =>
	result.find((m) => m.cityName === menteeName)?.mentors.map((m) => m.cityName);

/** The mentors suggested to the first mentee. */
function first(result: ReturnType<typeof suggestMentors>) {
	const [mentee] = result;
	if (!mentee) throw new Error('expected a mentee');
	return mentee.mentors;
}

describe('suggestMentors', () => {
	it('returns nothing for empty input or when nobody needs a mentor', () => {
		expect(suggestMentors([])).toEqual([]);
		expect(suggestMentors([city({ cityName: 'Oslo', rating: 'fully', evidence: 'x' })])).toEqual([]);
	});

	it('ranks published practices above long evidence', () => {
		const result = suggestMentors([
			city({ cityName: 'Mentee', rating: 'partly', countryCode: 'DE' }),
			city({ cityName: 'Wordy', rating: 'fully', countryCode: 'FR', evidence: words(200) }),
			city({ cityName: 'Doer', rating: 'fully', countryCode: 'IT', evidence: 'short', publishedPractices: 1 })
		]);
		expect(mentorNames(result, 'Mentee')).toEqual(['Doer', 'Wordy']);
		expect(first(result).map((m) => m.score)).toEqual([3, 2]);
	});

	it('caps practices at five', () => {
		const result = suggestMentors([
			city({ cityName: 'Mentee', rating: 'partly', countryCode: 'DE' }),
			city({ cityName: 'Many', rating: 'fully', countryCode: 'FR', publishedPractices: 12 })
		]);
		expect(first(result)[0]?.score).toBe(15);
		expect(first(result)[0]?.reasons).toEqual([{ kind: 'practices', detail: 12 }]);
	});

	it('lets the same-country bonus decide between otherwise equal mentors', () => {
		const base = { rating: 'fully' as const, publishedPractices: 2, evidence: words(30) };
		const mentee = city({ cityName: 'Mentee', rating: 'not_at_all', countryCode: 'NL' });
		const abroad = city({ ...base, cityName: 'Antwerp', countryCode: 'BE' });
		const home = city({ ...base, cityName: 'Utrecht', countryCode: 'NL' });
		expect(mentorNames(suggestMentors([mentee, abroad, home]), 'Mentee')).toEqual(['Utrecht', 'Antwerp']);
		const other = city({ cityName: 'Mentee', rating: 'not_at_all', countryCode: 'SE' });
		expect(mentorNames(suggestMentors([other, abroad, home]), 'Mentee')).toEqual(['Antwerp', 'Utrecht']);
	});

	it('adds the similar-size bonus only within a factor of two', () => {
		const result = suggestMentors([
			city({ cityName: 'Mentee', rating: 'partly', countryCode: 'DE', population: 100_000 }),
			city({ cityName: 'Big', rating: 'fully', countryCode: 'FR', population: 250_000, evidence: 'yes' }),
			city({ cityName: 'Close', rating: 'fully', countryCode: 'FR', population: 180_000, evidence: 'yes' }),
			city({ cityName: 'Unknown', rating: 'fully', countryCode: 'FR', population: null, evidence: 'yes' })
		]);
		const mentors = first(result);
		expect(mentors.map((m) => m.cityName)).toEqual(['Close', 'Big', 'Unknown']);
		expect(mentors[0]).toMatchObject({ score: 1, reasons: [{ kind: 'similar_size', detail: 1.8 }] });
		expect(mentors[1]).toMatchObject({ score: 0, reasons: [] });
	});

	it('never suggests a fully-rated city with nothing to learn from', () => {
		const result = suggestMentors([
			city({ cityName: 'Mentee', rating: 'partly', countryCode: 'DE', population: 1000 }),
			city({ cityName: 'Empty', rating: 'fully', countryCode: 'DE', population: 1000, evidence: '  \n ' })
		]);
		expect(result).toEqual([
			{ cityId: expect.any(Number), cityName: 'Mentee', rating: 'partly', mentors: [] }
		]);
	});

	it('never makes a city its own mentor', () => {
		const twice = city({ cityName: 'Gent', rating: 'partly', countryCode: 'BE' });
		const result = suggestMentors([twice, { ...twice, rating: 'fully', publishedPractices: 3 }]);
		expect(result).toHaveLength(1);
		expect(first(result)).toEqual([]);
	});

	it('orders mentees not_at_all first, then by name', () => {
		const result = suggestMentors([
			city({ cityName: 'Athens', rating: 'partly' }),
			city({ cityName: 'Zagreb', rating: 'not_at_all' }),
			city({ cityName: 'Bergen', rating: 'partly' }),
			city({ cityName: 'Malmö', rating: 'not_at_all' }),
			city({ cityName: 'Lyon', rating: 'fully', publishedPractices: 1 })
		]);
		expect(result.map((m) => `${m.rating}:${m.cityName}`)).toEqual([
			'not_at_all:Malmö',
			'not_at_all:Zagreb',
			'partly:Athens',
			'partly:Bergen'
		]);
	});

	it('respects maxMentors, defaulting to three, breaking ties by practices then name', () => {
		const input = [
			city({ cityName: 'Mentee', rating: 'partly', countryCode: 'DE' }),
			city({ cityName: 'Delta', rating: 'fully', countryCode: 'FR', evidence: 'a' }),
			city({ cityName: 'Charlie', rating: 'fully', countryCode: 'FR', evidence: 'a' }),
			city({ cityName: 'Bravo', rating: 'fully', countryCode: 'FR', evidence: 'a' }),
			city({ cityName: 'Alpha', rating: 'fully', countryCode: 'FR', evidence: 'a' })
		];
		expect(mentorNames(suggestMentors(input), 'Mentee')).toEqual(['Alpha', 'Bravo', 'Charlie']);
		expect(mentorNames(suggestMentors(input, { maxMentors: 1 }), 'Mentee')).toEqual(['Alpha']);
		expect(mentorNames(suggestMentors(input, { maxMentors: 0 }), 'Mentee')).toEqual([]);
		// Same score (one practice, 3 points vs 2 + 1 points from evidence and size): more practices wins.
		const tie = suggestMentors([
			city({ cityName: 'Mentee', rating: 'partly', countryCode: 'DE', population: 10 }),
			city({ cityName: 'Aachen', rating: 'fully', countryCode: 'AT', evidence: words(80), population: 10 }),
			city({ cityName: 'Zwolle', rating: 'fully', countryCode: 'NL', publishedPractices: 1 })
		]);
		expect(first(tie).map((m) => [m.cityName, m.score])).toEqual([
			['Zwolle', 3],
			['Aachen', 3]
		]);
	});

	it('shows every contributing factor as a reason', () => {
		const result = suggestMentors([
			city({ cityName: 'Mentee', rating: 'not_at_all', countryCode: 'ES', population: 300_000 }),
			city({
				cityName: 'Bilbao',
				rating: 'fully',
				countryCode: 'ES',
				population: 345_000,
				evidence: words(85),
				publishedPractices: 2
			})
		]);
		expect(first(result)).toEqual([
			{
				cityId: expect.any(Number),
				cityName: 'Bilbao',
				score: 6 + 2 + 2 + 1,
				reasons: [
					{ kind: 'practices', detail: 2 },
					{ kind: 'evidence', detail: 85 },
					{ kind: 'same_country', detail: 'ES' },
					{ kind: 'similar_size', detail: 1.2 }
				]
			}
		]);
	});

	it('keeps ratings consistent and scores non-increasing for random input', () => {
		const cityRating = fc.record({
			cityId: fc.integer({ min: 1, max: 30 }),
			cityName: fc.string({ maxLength: 6 }),
			countryCode: fc.constantFrom('DE', 'FR', 'NL', ''),
			population: fc.option(fc.integer({ min: 0, max: 5_000_000 })),
			rating: fc.constantFrom(...ratings),
			evidence: fc.oneof(fc.constant(''), fc.string(), fc.integer({ min: 0, max: 120 }).map(words)),
			publishedPractices: fc.integer({ min: 0, max: 9 })
		});
		fc.assert(
			fc.property(
				fc.array(cityRating, { maxLength: 25 }),
				fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
				(input, maxMentors) => {
					const byId = new Map<number, CityRating[]>();
					for (const c of input) byId.set(c.cityId, [...(byId.get(c.cityId) ?? []), c]);
					const result = suggestMentors(input, { maxMentors });
					expect(result).toEqual(suggestMentors(input, { maxMentors }));
					for (const mentee of result) {
						expect(['partly', 'not_at_all']).toContain(mentee.rating);
						expect(mentee.mentors.length).toBeLessThanOrEqual(maxMentors ?? 3);
						mentee.mentors.forEach((mentor, i) => {
							expect(mentor.cityId).not.toBe(mentee.cityId);
							expect(byId.get(mentor.cityId)?.some((c) => c.rating === 'fully')).toBe(true);
							if (i > 0) expect(mentor.score).toBeLessThanOrEqual(mentee.mentors[i - 1]?.score ?? Infinity);
						});
					}
				}
			)
		);
	});
});
