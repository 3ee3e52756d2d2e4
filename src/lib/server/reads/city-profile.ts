import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db';
import { cities, responses, cycles } from '../db/schema';
import { countedStates } from './cycle-results';
import { isPublishedCycle } from '../public/published-cycles';

/**
 * One city and its part in each published reporting cycle, for the public profile page. Only responses the
 * report counts (submitted or accepted): that a city was invited and did not answer is not published.
 */
export async function cityProfile(db: Database, slug: string) {
	const [city] = await db.select().from(cities).where(eq(cities.slug, slug));
	if (!city) return null;
	const participation = await db
		.select({
			slug: cycles.slug,
			name: cycles.name,
			periodStart: cycles.periodStart,
			periodEnd: cycles.periodEnd,
			reportNumber: cycles.reportNumber,
			reportYear: cycles.reportYear,
			state: responses.state
		})
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(
			and(eq(responses.cityId, city.id), isPublishedCycle(), inArray(responses.state, [...countedStates]))
		)
		.orderBy(asc(cycles.periodStart));
	return { city, participation };
}
