import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { GroupablePractice } from '$lib/domain/report/practice-groups';
import type { Database } from '../db';
import { cities, practices, responses } from '../db/schema';

/**
 * A practice as the report lists it: its title (in the language it is written in) and city, and the
 * commitments and trends it is grouped by.
 */
export type ReportPractice = GroupablePractice & { language: string };

/**
 * The good practices a cycle's report shows: published practices (never merged duplicates) that were promoted
 * from one of the cycle's responses, or that the report of the cycle's year named (`source.year`).
 */
export async function reportPractices(
	db: Database,
	cycle: { id: number; reportYear: number | null }
): Promise<ReportPractice[]> {
	return db
		.select({
			slug: practices.slug,
			title: practices.title,
			language: practices.language,
			cityName: cities.name,
			citySlug: cities.slug,
			commitments: practices.commitments,
			trends: practices.trends
		})
		.from(practices)
		.innerJoin(cities, eq(cities.id, practices.cityId))
		.leftJoin(responses, eq(responses.id, practices.sourceResponseId))
		.where(
			and(
				eq(practices.status, 'published'),
				isNull(practices.mergedIntoId),
				or(
					eq(responses.cycleId, cycle.id),
					cycle.reportYear === null
						? undefined
						: sql`(${practices.source} ->> 'year')::int = ${cycle.reportYear}`
				)
			)
		)
		.orderBy(asc(cities.name), asc(practices.title));
}
