import { and, asc, eq } from 'drizzle-orm';
import { isGeneratedPart, type SectionKind } from '$lib/domain/report/parts';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { reportSectionHistory, reportSections } from '../db/schema';
import { lockReport, type ReportRefusal, type ReportTransaction } from '../report/report-lock';

export type OutlineResult =
	| { ok: true; sectionId: number }
	| ReportRefusal
	/** The generated part is already in the report: each appears once. */
	| { ok: false; reason: 'duplicate_part' };

type Secretary = Pick<Actor, 'id' | 'role'>;

async function orderedIds(tx: ReportTransaction, cycleId: number): Promise<number[]> {
	const rows = await tx
		.select({ id: reportSections.id })
		.from(reportSections)
		.where(eq(reportSections.cycleId, cycleId))
		.orderBy(asc(reportSections.position), asc(reportSections.id));
	return rows.map((row) => row.id);
}

/** Writes positions 10, 20, 30 … in the given order: moves and insertions never run out of gaps. */
async function renumber(tx: ReportTransaction, ids: number[]): Promise<void> {
	for (const [index, id] of ids.entries()) {
		await tx
			.update(reportSections)
			.set({ position: (index + 1) * 10 })
			.where(eq(reportSections.id, id));
	}
}

/**
 * Adds a chapter (with its title) or a generated part, right after the section `after` (at the end when it is
 * null or not in this report).
 */
export async function addReportSection(
	db: Database,
	actor: Secretary,
	cycleId: number,
	/** `language`: what a new chapter is taken to be written in until its writer says otherwise. */
	section: { kind: SectionKind; title: string | null; language?: string },
	after: number | null
): Promise<OutlineResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	return db.transaction(async (tx) => {
		const lock = await lockReport(tx, cycleId);
		if (!lock.ok) return lock;
		if (isGeneratedPart(section.kind)) {
			const [present] = await tx
				.select({ id: reportSections.id })
				.from(reportSections)
				.where(and(eq(reportSections.cycleId, cycleId), eq(reportSections.kind, section.kind)));
			if (present) return { ok: false, reason: 'duplicate_part' } as const;
		}
		const ids = await orderedIds(tx, cycleId);
		const [created] = await tx
			.insert(reportSections)
			.values({
				cycleId,
				position: 0,
				kind: section.kind,
				title: section.kind === 'chapter' ? section.title : null,
				language: section.language ?? 'en',
				updatedBy: actor.id
			})
			.returning({ id: reportSections.id });
		const sectionId = created!.id;
		const at = after === null ? -1 : ids.indexOf(after);
		ids.splice(at === -1 ? ids.length : at + 1, 0, sectionId);
		await renumber(tx, ids);
		if (section.kind === 'chapter') {
			await tx.insert(reportSectionHistory).values({
				sectionId,
				cycleId,
				title: section.title,
				body: '',
				language: section.language ?? 'en',
				version: 1,
				savedBy: actor.id
			});
		}
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'report.sectionAdded',
			subjectType: 'report_section',
			subjectId: sectionId,
			after: { kind: section.kind, title: section.title }
		});
		return { ok: true, sectionId } as const;
	});
}

/** Moves a section one place up or down; at either end it stays where it is. */
export async function moveReportSection(
	db: Database,
	actor: Secretary,
	cycleId: number,
	sectionId: number,
	direction: 'up' | 'down'
): Promise<OutlineResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	return db.transaction(async (tx) => {
		const lock = await lockReport(tx, cycleId);
		if (!lock.ok) return lock;
		const ids = await orderedIds(tx, cycleId);
		const from = ids.indexOf(sectionId);
		if (from === -1) return { ok: false, reason: 'not_found' } as const;
		const to = direction === 'up' ? from - 1 : from + 1;
		if (to < 0 || to >= ids.length) return { ok: true, sectionId } as const;
		[ids[from], ids[to]] = [ids[to]!, ids[from]!];
		await renumber(tx, ids);
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'report.sectionMoved',
			subjectType: 'report_section',
			subjectId: sectionId,
			before: { place: from + 1 },
			after: { place: to + 1 }
		});
		return { ok: true, sectionId } as const;
	});
}

/**
 * Takes a section out of the report. A chapter's text stays in its history (and the audit entry keeps its last
 * state), so a removed chapter can still be read and copied back.
 */
export async function removeReportSection(
	db: Database,
	actor: Secretary,
	cycleId: number,
	sectionId: number
): Promise<OutlineResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	return db.transaction(async (tx) => {
		const lock = await lockReport(tx, cycleId);
		if (!lock.ok) return lock;
		const [removed] = await tx
			.delete(reportSections)
			.where(and(eq(reportSections.id, sectionId), eq(reportSections.cycleId, cycleId)))
			.returning({
				kind: reportSections.kind,
				title: reportSections.title,
				body: reportSections.body,
				version: reportSections.version
			});
		if (!removed) return { ok: false, reason: 'not_found' } as const;
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'report.sectionRemoved',
			subjectType: 'report_section',
			subjectId: sectionId,
			before: removed
		});
		return { ok: true, sectionId } as const;
	});
}
