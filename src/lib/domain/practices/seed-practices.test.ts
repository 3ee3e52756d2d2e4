// The test reads the reference texts from disk to check that no summary copies them; domain code itself
// stays free of I/O.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoCities } from '../../server/seed/demo-data';
import { heldReferences, namesHeldReference } from '../reference-sources';
import { seedPracticeSchema } from './practice-schema';
import { seedPractices, type SeedPractice } from './seed-practices';
import { fundingKeys, targetGroupKeys, themeKeys, trendKeys, trends } from './vocabulary';

const referenceDir = path.resolve(process.cwd(), '../shared/reference');
const haveReference = existsSync(referenceDir);

/** Lower case, hyphens joined, every other run of non-letters and non-digits turned into one space. */
function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(/[\u2010-\u2015\u00ad-]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const WINDOW = 12;

function windows(words: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i + WINDOW <= words.length; i++) out.push(words.slice(i, i + WINDOW).join(' '));
	return out;
}

function readReference(): { raw: string; windowSet: Set<string>; normalised: string } {
	const files = readdirSync(referenceDir).filter((f) => f.endsWith('.txt'));
	const raw = files.map((f) => readFileSync(path.join(referenceDir, f), 'utf8')).join('\n');
	const normalised = normalise(raw);
	return { raw, normalised, windowSet: new Set(windows(normalised.split(' '))) };
}

function sentenceCount(text: string): number {
	return (text.match(/[.!?](?=\s|$)/g) ?? []).length;
}

/** Collects the problems of every entry, so that one run reports them all. */
function problems(check: (practice: SeedPractice) => string | string[] | null): string[] {
	return seedPractices.flatMap((practice) => {
		const found = check(practice);
		if (found === null) return [];
		return (Array.isArray(found) ? found : [found]).map((problem) => `${practice.slug}: ${problem}`);
	});
}

describe('the seeded good practices', () => {
	it('has at least 120 entries', () => {
		expect(seedPractices.length).toBeGreaterThanOrEqual(120);
	});

	it('passes the practice schema, entry by entry', () => {
		expect(
			problems((practice) => {
				const result = seedPracticeSchema.safeParse(practice);
				return result.success ? null : result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
			})
		).toEqual([]);
	});

	it('has unique slugs and no two entries with the same city and title', () => {
		const slugs = seedPractices.map((p) => p.slug);
		expect(slugs.filter((slug, i) => slugs.indexOf(slug) !== i)).toEqual([]);
		const cityTitles = seedPractices.map((p) => `${p.city}|${p.title.toLowerCase()}`);
		expect(cityTitles.filter((key, i) => cityTitles.indexOf(key) !== i)).toEqual([]);
	});

	it('names only cities of the demo data', () => {
		const known = new Set(demoCities.map((c) => c.slug));
		expect(problems((p) => (known.has(p.city) ? null : `unknown city ${p.city}`))).toEqual([]);
	});

	it('tags only with the vocabularies, without repeats', () => {
		const vocabularies: [keyof SeedPractice, readonly string[]][] = [
			['trends', trendKeys],
			['themes', themeKeys],
			['targetGroups', targetGroupKeys],
			['funding', fundingKeys]
		];
		expect(
			problems((practice) => {
				const found: string[] = [];
				for (const [field, keys] of vocabularies) {
					const tags = practice[field] as string[];
					for (const tag of tags) if (!keys.includes(tag)) found.push(`${field} has unknown ${tag}`);
					if (new Set(tags).size !== tags.length) found.push(`${field} repeats a tag`);
				}
				if (practice.themes.length === 0) found.push('no theme');
				return found;
			})
		).toEqual([]);
	});

	it('maps every entry to at least one of the eleven commitments, each once', () => {
		expect(
			problems((practice) => {
				const c = practice.commitments;
				if (c.length === 0) return 'no commitment';
				if (new Set(c).size !== c.length) return 'repeats a commitment';
				if (c.some((n) => !Number.isInteger(n) || n < 1 || n > 11)) return `commitments ${c.join(',')}`;
				return null;
			})
		).toEqual([]);
	});

	it('has plausible years, never starting after it ends or after its source', () => {
		expect(
			problems((p) => {
				const found: string[] = [];
				for (const year of [p.startYear, p.endYear]) {
					if (year !== null && (year < 1980 || year > 2024)) found.push(`year ${year}`);
				}
				if (p.startYear !== null && p.endYear !== null && p.startYear > p.endYear)
					found.push('starts after end');
				if (p.startYear !== null && p.startYear > p.source.year) found.push('starts after its source');
				return found;
			})
		).toEqual([]);
	});

	it('files trends only under the 4th report, which defined them, and uses every trend', () => {
		expect(trends.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(
			problems((p) => (p.source.year !== 2020 && p.trends.length > 0 ? 'trend outside 2020' : null))
		).toEqual([]);
		expect(trendKeys.filter((trend) => !seedPractices.some((p) => p.trends.includes(trend)))).toEqual([]);
	});

	it('writes each summary in English, 120–700 characters, two to four sentences', () => {
		expect(
			problems((p) => {
				const found: string[] = [];
				if (p.language !== 'en') found.push('not English');
				if (p.summary.length < 120 || p.summary.length > 700) found.push(`${p.summary.length} characters`);
				const sentences = sentenceCount(p.summary);
				if (sentences < 2 || sentences > 4) found.push(`${sentences} sentences`);
				return found;
			})
		).toEqual([]);
	});

	it.skipIf(!haveReference)('copies no run of twelve words from the reference texts', () => {
		const { normalised, windowSet } = readReference();
		expect(
			problems((p) => {
				const summary = normalise(p.summary);
				if (normalised.includes(summary)) return 'summary is a substring of the reference';
				return windows(summary.split(' '))
					.filter((w) => windowSet.has(w))
					.map((w) => `copies "${w}"`);
			})
		).toEqual([]);
	});

	it('cites a held text by name, and says when that text is a news item about the 2024 report', () => {
		expect(
			problems((p) => (namesHeldReference(p.source.report) ? null : `source ${p.source.report}`))
		).toEqual([]);
		expect(
			problems((p) =>
				heldReferences.some(({ short, year }) => short === p.source.report && year === p.source.year)
					? null
					: `source ${p.source.report} (${p.source.year}) is not a held text of that year`
			)
		).toEqual([]);
		const of2024 = seedPractices.filter((p) => p.source.year === 2024);
		expect(of2024.length).toBe(8);
		for (const p of of2024) expect(p.source.report, p.slug).toMatch(/^News item on the 6th/);
	});

	it.skipIf(!haveReference)('names its city in the text it cites', () => {
		const files: Record<number, string[]> = {
			2013: ['report-2013-first-integrating-cities-report.txt'],
			2020: [
				'report-2020-fourth-integrating-cities-report.txt',
				'summary-2020-fourth-report-eight-trends.txt',
				'summary-2020-fourth-report-web.txt'
			],
			2024: ['news-2024-sixth-report.txt']
		};
		const text = (year: number) =>
			(files[year] ?? []).map((f) => readFileSync(path.join(referenceDir, f), 'utf8')).join('\n');
		const ascii = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
		const names = new Map(demoCities.map((c) => [c.slug, c.name]));
		expect(
			problems((p) => {
				const name = names.get(p.city) ?? p.city;
				const cited = text(p.source.year);
				return cited.includes(name) || cited.includes(ascii(name)) ? null : `${name} not in its source`;
			})
		).toEqual([]);
	});

	it.skipIf(!haveReference)('links only to addresses printed in the reference texts', () => {
		// PDF extraction breaks long addresses over lines, so compare without whitespace.
		const compact = readReference().raw.replace(/\s+/g, '');
		expect(
			problems((p) => p.links.filter((l) => !compact.includes(l.url)).map((l) => `link ${l.url}`))
		).toEqual([]);
	});
});
