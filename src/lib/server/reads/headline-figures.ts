import { countDistinct, isNotNull, sql } from 'drizzle-orm';
import { reportedSignatoryCount } from '$lib/domain/reference-sources';
import type { Database } from '../db';
import { cities, cycles } from '../db/schema';
import { isPublishedCycle } from '../public/published-cycles';

export interface HeadlineFigures {
	signatories: number;
	countries: number;
	cycles: number;
	/** Recorded signings up to the end of the year the reports last gave a count for, and after it. */
	signedByReportedYear: number;
	signedSince: number;
}

/** The numbers on the home page: signatory cities, their countries, and published reporting cycles. */
export async function headlineFigures(db: Database): Promise<HeadlineFigures> {
	const endOfReportedYear = `${reportedSignatoryCount.year}-12-31`;
	const [signed] = await db
		.select({
			signatories: sql<number>`count(*)::int`,
			countries: countDistinct(cities.countryCode),
			byReportedYear: sql<number>`count(*) filter (where ${cities.signedOn} <= ${endOfReportedYear})::int`
		})
		.from(cities)
		.where(isNotNull(cities.signedOn));
	const [cycleCount] = await db
		.select({ count: sql<number>`count(*)::int` })
		.from(cycles)
		.where(isPublishedCycle());
	const signatories = signed?.signatories ?? 0;
	const byReportedYear = signed?.byReportedYear ?? 0;
	return {
		signatories,
		countries: Number(signed?.countries ?? 0),
		cycles: cycleCount?.count ?? 0,
		signedByReportedYear: byReportedYear,
		signedSince: signatories - byReportedYear
	};
}
