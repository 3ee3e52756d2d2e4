import { and, eq } from 'drizzle-orm';
import type { ChapterForm } from '$lib/domain/report/chapter-form';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cycles, reportSectionHistory, reportSections, user } from '../db/schema';
import type { ReportRefusal } from '../report/report-lock';

export type SaveChapterResult =
	| { ok: true; version: number; changed: boolean }
	| ReportRefusal
	/**
	 * Someone saved the chapter since this person opened it. Nothing is overwritten: the page shows both texts
	 * and the person decides, starting again from `current`.
	 */
	| {
			ok: false;
			reason: 'conflict';
			current: ChapterConflict;
	  };

/** The chapter as someone else saved it, with who (a name, not an account id) and when. */
export interface ChapterConflict {
	title: string;
	body: string;
	language: string;
	version: number;
	savedBy: string | null;
	savedAt: string;
}

/**
 * Saves a chapter's title, Markdown and language when it still has the version the writer started from, and keeps the
 * saved state in the chapter's history. An unchanged text is not a new version (autosave sends it often).
 */
export async function saveReportChapter(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	cycleId: number,
	sectionId: number,
	form: Omit<ChapterForm, 'language'> & { language?: ChapterForm['language'] }
): Promise<SaveChapterResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				title: reportSections.title,
				body: reportSections.body,
				language: reportSections.language,
				version: reportSections.version,
				kind: reportSections.kind,
				status: cycles.status,
				savedBy: user.name,
				savedAt: reportSections.updatedAt
			})
			.from(reportSections)
			.innerJoin(cycles, eq(cycles.id, reportSections.cycleId))
			.leftJoin(user, eq(user.id, reportSections.updatedBy))
			.where(and(eq(reportSections.id, sectionId), eq(reportSections.cycleId, cycleId)))
			.for('update', { of: reportSections });
		if (!row || row.kind !== 'chapter') return { ok: false, reason: 'not_found' } as const;
		if (row.status === 'published') return { ok: false, reason: 'published' } as const;
		// A save that does not name a language keeps the chapter's.
		const language = form.language ?? row.language;
		if (row.title === form.title && row.body === form.body && row.language === language)
			return { ok: true, version: row.version, changed: false } as const;
		if (row.version !== form.version) {
			return {
				ok: false,
				reason: 'conflict',
				current: {
					title: row.title ?? '',
					body: row.body,
					language: row.language,
					version: row.version,
					savedBy: row.savedBy,
					savedAt: row.savedAt.toISOString()
				}
			} as const;
		}
		const version = row.version + 1;
		await tx
			.update(reportSections)
			.set({
				title: form.title,
				body: form.body,
				language,
				version,
				updatedBy: actor.id,
				updatedAt: new Date()
			})
			.where(eq(reportSections.id, sectionId));
		await tx.insert(reportSectionHistory).values({
			sectionId,
			cycleId,
			title: form.title,
			body: form.body,
			language,
			version,
			savedBy: actor.id
		});
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'report.chapterSaved',
			subjectType: 'report_section',
			subjectId: sectionId,
			before: { title: row.title, version: row.version },
			after: { title: form.title, language, version }
		});
		return { ok: true, version, changed: true } as const;
	});
}
