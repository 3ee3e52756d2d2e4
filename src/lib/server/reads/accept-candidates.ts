import { and, asc, eq, inArray } from 'drizzle-orm';
import { acceptRefusal, type AcceptRefusal } from '$lib/domain/review';
import type { Actor } from '$lib/domain/response-access';
import type { Database } from '../db';
import { cities, cycles, responses } from '../db/schema';
import { reviewThreadsOf } from './review-threads';

type Reader = Pick<Database, 'select'>;

export interface AcceptCandidate {
	responseId: number | null;
	citySlug: string;
	cityName: string;
	/** Why this response cannot be accepted now; null when it can. */
	refused: AcceptRefusal | 'not_found' | null;
}

/**
 * The responses of a cycle the secretariat ticked to accept together, each with the reason it would be refused
 * (the same rule as accepting one: submitted, no open query, no unsent query). A city that is not in the cycle
 * comes back as not found. In the order of the cities' names.
 */
export async function acceptCandidates(
	db: Reader,
	actor: Pick<Actor, 'id' | 'role' | 'cityId'>,
	cycleSlug: string,
	citySlugs: readonly string[]
): Promise<AcceptCandidate[]> {
	const slugs = [...new Set(citySlugs)].slice(0, 500);
	if (slugs.length === 0) return [];
	const rows = await db
		.select({
			responseId: responses.id,
			state: responses.state,
			citySlug: cities.slug,
			cityName: cities.name
		})
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.innerJoin(cities, eq(cities.id, responses.cityId))
		.where(and(eq(cycles.slug, cycleSlug), inArray(cities.slug, slugs)))
		.orderBy(asc(cities.name));
	const found: AcceptCandidate[] = [];
	for (const row of rows) {
		const threads = await reviewThreadsOf(db, row.responseId, { for: 'secretariat' });
		found.push({
			responseId: row.responseId,
			citySlug: row.citySlug,
			cityName: row.cityName,
			refused: acceptRefusal(actor, row.state, threads)
		});
	}
	const missing = slugs
		.filter((slug) => !rows.some((row) => row.citySlug === slug))
		.map((slug) => ({ responseId: null, citySlug: slug, cityName: slug, refused: 'not_found' as const }));
	return [...found, ...missing];
}
