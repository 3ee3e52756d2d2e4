import { and, eq, inArray, sql } from 'drizzle-orm';
import { commitmentNumbers, ratingsFromLetters } from '$lib/domain/analysis';
import type { Database } from '../db';
import { answerHistory, answers, cities, cycles, responses } from '../db/schema';
import { ratings2011to2012 } from './illustrative/ratings-2011-2012';
import { ratings2018to2020 } from './illustrative/ratings-2018-2020';

/**
 * The demo's published cycles carry made-up ("illustrative") per-city ratings: the reports published only
 * aggregates (2013) or no figures at all (2020). Pages and exports must say so wherever they show them; the
 * loader below marks these cycles `ratings_illustrative`, which the cycle-results read returns as
 * `illustrative`. Production code never looks at the slugs or the note.
 */
export const illustrativeCycleSlugs = ['2011-2012', '2018-2020'] as const;
export type IllustrativeCycleSlug = (typeof illustrativeCycleSlugs)[number];

/** Starts the sentence added to these cycles' note, so that a reader of the cycle's settings is told too. */
export const illustrativeMarker = 'Illustrative ratings:';

export const illustrativeNotes: Record<IllustrativeCycleSlug, string> = {
	'2011-2012':
		`${illustrativeMarker} the report published only totals, so each city's ratings here were made up for ` +
		'the demo to agree with the totals the First Integrating Cities Report (2013) describes.',
	'2018-2020':
		`${illustrativeMarker} the report published no ratings, so each city's ratings here are plausible ` +
		'values made up for the demo.'
};

/** Per cycle, city slug → ratings as letters (see ratingsFromLetters). */
export const illustrativeRatings: Record<IllustrativeCycleSlug, Record<string, string>> = {
	'2011-2012': ratings2011to2012,
	'2018-2020': ratings2018to2020
};

export const illustrativeEvidence =
	'Illustrative rating made up for the demo: the city’s own answer was never published.';

/**
 * Stores the illustrative ratings as rating answers of the responses of those cycles, with their history,
 * marks the cycle `ratings_illustrative` and adds the note the first time its ratings are stored. Idempotent: answers that exist (seeded
 * earlier, or edited since) are left as they are. Returns the number of answers added.
 */
export async function seedIllustrativeRatings(db: Database): Promise<number> {
	const targets = await db
		.select({ responseId: responses.id, cycle: cycles.slug, city: cities.slug })
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.innerJoin(cities, eq(cities.id, responses.cityId))
		.where(inArray(cycles.slug, [...illustrativeCycleSlugs]));
	const rows = targets.flatMap(({ responseId, cycle, city }) => {
		const letters = illustrativeRatings[cycle as IllustrativeCycleSlug][city];
		if (!letters) return [];
		const ratings = ratingsFromLetters(letters);
		return commitmentNumbers.map((commitment) => ({
			responseId,
			itemId: `c${commitment}-rating`,
			value: { rating: ratings[commitment], evidence: illustrativeEvidence },
			revision: 1
		}));
	});
	if (rows.length === 0) return 0;
	const added = await db
		.insert(answers)
		.values(rows)
		.onConflictDoNothing()
		.returning({ responseId: answers.responseId, itemId: answers.itemId });
	if (added.length === 0) return 0;
	const isAdded = new Set(added.map((row) => `${row.responseId}/${row.itemId}`));
	await db
		.insert(answerHistory)
		.values(
			rows
				.filter((row) => isAdded.has(`${row.responseId}/${row.itemId}`))
				.map((row) => ({ ...row, source: 'import' as const }))
		);
	const touched = new Set(
		targets.filter((t) => added.some((row) => row.responseId === t.responseId)).map((t) => t.cycle)
	);
	for (const slug of illustrativeCycleSlugs.filter((s) => touched.has(s))) {
		await db
			.update(cycles)
			.set({
				ratingsIllustrative: true,
				note: sql`coalesce(${cycles.note} || ' ', '') || ${illustrativeNotes[slug]}`
			})
			.where(
				and(eq(cycles.slug, slug), sql`position(${illustrativeMarker} in coalesce(${cycles.note}, '')) = 0`)
			);
	}
	return added.length;
}
