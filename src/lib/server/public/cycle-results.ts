import type { Locale } from '$lib/domain/locale';
import type { Database } from '../db';
import { annexTables, type AnnexTables } from '../exports/annex-rows';
import { cityRatingsOf, cycleResults, cycleSummary, type CycleResults } from '../reads/cycle-results';
import { reportDocument, type ReportDocument } from '../report/report-document';
import { isPublishedCycle } from './published-cycles';

/**
 * A published cycle's results; any other cycle is not found (null), as if it did not exist. `texts: false`
 * leaves the free texts out, for reads that show ratings and figures only (the results and indicators API).
 */
export function publishedCycleResults(
	db: Database,
	slug: string,
	{ texts = true }: { texts?: boolean } = {}
): Promise<CycleResults | null> {
	return cycleResults(db, slug, { only: isPublishedCycle(), texts });
}

/**
 * A published cycle's responding cities with their ratings only, counted and listed by the results API;
 * null for any other cycle. Two statements: the cycle's summary, then the cities with their ratings.
 */
export async function publishedCycleRatings(db: Database, slug: string): Promise<CycleResults | null> {
	const summary = await cycleSummary(db, slug, { only: isPublishedCycle() });
	return summary ? { ...summary, cities: await cityRatingsOf(db, summary) } : null;
}

/** A published cycle's report as the page, PDF and DOCX show it; null for any other cycle. */
export function publishedReportDocument(
	db: Database,
	slug: string,
	locale: Locale
): Promise<ReportDocument | null> {
	return reportDocument(db, slug, locale, isPublishedCycle());
}

/** A published cycle's data annex (CSV and XLSX): city rows only when its city answers are public. */
export async function publishedAnnex(db: Database, slug: string): Promise<AnnexTables | null> {
	const results = await publishedCycleResults(db, slug);
	return results ? annexTables(results) : null;
}
