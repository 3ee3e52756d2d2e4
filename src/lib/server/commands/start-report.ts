import { count, eq } from 'drizzle-orm';
import { defaultOutline } from '$lib/domain/report/parts';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { reportSectionHistory, reportSections } from '../db/schema';
import { lockReport, type ReportRefusal } from '../report/report-lock';

/**
 * Starts a cycle's report from the default outline (chapters with placeholder titles, every generated part).
 * Starting twice does nothing the second time, so a double click or two people at once make one outline.
 * The chapters are taken to be written in `language` (the placeholder titles' language) until changed.
 */
export async function startReport(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	cycleId: number,
	chapterTitles: { introduction: string; conclusions: string },
	language = 'en'
): Promise<{ ok: true; created: boolean } | ReportRefusal> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	return db.transaction(async (tx) => {
		const lock = await lockReport(tx, cycleId);
		if (!lock.ok) return lock;
		const [existing] = await tx
			.select({ sections: count() })
			.from(reportSections)
			.where(eq(reportSections.cycleId, cycleId));
		if (existing && existing.sections > 0) return { ok: true, created: false } as const;
		const inserted = await tx
			.insert(reportSections)
			.values(
				defaultOutline(chapterTitles).map((section, index) => ({
					cycleId,
					position: (index + 1) * 10,
					kind: section.kind,
					title: section.title,
					language,
					updatedBy: actor.id
				}))
			)
			.returning({ id: reportSections.id, kind: reportSections.kind, title: reportSections.title });
		const chapters = inserted.filter((section) => section.kind === 'chapter');
		await tx.insert(reportSectionHistory).values(
			chapters.map((chapter) => ({
				sectionId: chapter.id,
				cycleId,
				title: chapter.title,
				body: '',
				language,
				version: 1,
				savedBy: actor.id
			}))
		);
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'report.started',
			subjectType: 'cycle',
			subjectId: cycleId,
			after: { sections: inserted.length }
		});
		return { ok: true, created: true } as const;
	});
}
