import { and, desc, eq, max } from 'drizzle-orm';
import type { Database } from '../db';
import { reportSectionHistory, user } from '../db/schema';

export interface ChapterVersion {
	version: number;
	title: string | null;
	body: string;
	savedAt: Date;
	/** Null when the account no longer exists. */
	savedBy: string | null;
}

/** Every saved state of one chapter of a cycle's report, newest first. */
export async function reportChapterHistory(
	db: Pick<Database, 'select'>,
	cycleId: number,
	sectionId: number
): Promise<ChapterVersion[]> {
	return db
		.select({
			version: reportSectionHistory.version,
			title: reportSectionHistory.title,
			body: reportSectionHistory.body,
			savedAt: reportSectionHistory.savedAt,
			savedBy: user.name
		})
		.from(reportSectionHistory)
		.leftJoin(user, eq(user.id, reportSectionHistory.savedBy))
		.where(and(eq(reportSectionHistory.cycleId, cycleId), eq(reportSectionHistory.sectionId, sectionId)))
		.orderBy(desc(reportSectionHistory.version), desc(reportSectionHistory.id));
}

/** When each chapter of a cycle's report was last saved, for the outline's short state of each chapter. */
export async function chapterLastSaved(
	db: Pick<Database, 'select'>,
	cycleId: number
): Promise<Map<number, Date>> {
	const rows = await db
		.select({ sectionId: reportSectionHistory.sectionId, at: max(reportSectionHistory.savedAt) })
		.from(reportSectionHistory)
		.where(eq(reportSectionHistory.cycleId, cycleId))
		.groupBy(reportSectionHistory.sectionId);
	const saved = new Map<number, Date>();
	for (const row of rows) if (row.sectionId !== null && row.at) saved.set(row.sectionId, new Date(row.at));
	return saved;
}
