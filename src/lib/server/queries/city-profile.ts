import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { cities, responses, cycles } from '../db/schema';

/** One city and its part in each published reporting cycle, for the public profile page. */
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
		.where(and(eq(responses.cityId, city.id), eq(cycles.status, 'published')))
		.orderBy(asc(cycles.periodStart));
	return { city, participation };
}
