import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { cities, cycleParticipations, cycles } from '../db/schema';

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
			state: cycleParticipations.state
		})
		.from(cycleParticipations)
		.innerJoin(cycles, eq(cycles.id, cycleParticipations.cycleId))
		.where(and(eq(cycleParticipations.cityId, city.id), eq(cycles.status, 'published')))
		.orderBy(asc(cycles.periodStart));
	return { city, participation };
}
