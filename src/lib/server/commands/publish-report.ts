import { and, eq } from 'drizzle-orm';
import type { CycleStatus } from '$lib/domain/cycle-lifecycle';
import type { Actor } from '$lib/domain/response-access';
import type { Database } from '../db';
import { reportSections } from '../db/schema';
import { transitionCycle, type TransitionResult } from './transition-cycle';

export type PublishResult =
	| TransitionResult
	/** Chapters still without text: a published report has no empty chapter. */
	| { ok: false; reason: 'empty_chapters'; chapters: { id: number; title: string }[] }
	| { ok: false; reason: 'not_started' };

/**
 * Publishes a closed cycle's report: the cycle becomes 'published', and with it the report page, its exports,
 * the data annex and the cycle's results in the API. Refused while the report is not started or a chapter is
 * empty, and (by transitionCycle) unless the cycle is closed and still in the state the person saw.
 */
export async function publishReport(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	cycleId: number,
	seen?: CycleStatus
): Promise<PublishResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	const sections = await db
		.select({
			id: reportSections.id,
			kind: reportSections.kind,
			title: reportSections.title,
			body: reportSections.body
		})
		.from(reportSections)
		.where(and(eq(reportSections.cycleId, cycleId)));
	if (sections.length === 0) return { ok: false, reason: 'not_started' };
	const empty = sections.filter((section) => section.kind === 'chapter' && section.body.trim() === '');
	if (empty.length) {
		return {
			ok: false,
			reason: 'empty_chapters',
			chapters: empty.map((section) => ({ id: section.id, title: section.title ?? '' }))
		};
	}
	return transitionCycle(db, actor, cycleId, 'published', seen);
}
