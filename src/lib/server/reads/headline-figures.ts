import { countDistinct, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { cities, cycles } from '../db/schema';
import { isPublishedCycle } from '../public/published-cycles';

export interface HeadlineFigures {
	signatories: number;
	countries: number;
	cycles: number;
}

/** The three numbers on the home page: signatory cities, their countries, and published reporting cycles. */
export async function headlineFigures(db: Database): Promise<HeadlineFigures> {
	const [signed] = await db
		.select({ signatories: sql<number>`count(*)::int`, countries: countDistinct(cities.countryCode) })
		.from(cities)
		.where(isNotNull(cities.signedOn));
	const [cycleCount] = await db
		.select({ count: sql<number>`count(*)::int` })
		.from(cycles)
		.where(isPublishedCycle());
	return {
		signatories: signed?.signatories ?? 0,
		countries: Number(signed?.countries ?? 0),
		cycles: cycleCount?.count ?? 0
	};
}
