import { eq } from 'drizzle-orm';
import { canTransition, type CycleStatus } from '$lib/domain/cycle-lifecycle';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cycles } from '../db/schema';
import { reportNumbering } from '../report/report-numbering';
import { freezeVersion, missingTranslationsOf } from '../questionnaire-versions/freeze';
import type { Locale } from '$lib/domain/locale';
import { definitionSchema } from '$lib/domain/questionnaire/definition';

const auditAction: Record<CycleStatus, string> = {
	draft: 'cycle.drafted',
	open: 'cycle.opened',
	closed: 'cycle.closed',
	published: 'cycle.published'
};

export type TransitionResult =
	| { ok: true; from: CycleStatus; to: CycleStatus }
	| { ok: false; reason: 'forbidden' | 'not_found' }
	/** The cycle is no longer in the state the person saw: someone changed it meanwhile. */
	| { ok: false; reason: 'stale'; current: CycleStatus }
	| { ok: false; reason: 'illegal'; current: CycleStatus }
	/** The questionnaire lacks texts in a language its version requires (English always). */
	| { ok: false; reason: 'missing_translations'; missing: { locale: Locale; count: number }[] };

/**
 * Moves a cycle one step along draft → open → closed → published, and nothing else. Opening lets invited
 * cities edit; closing stops ordinary editing; publishing (commands/publish-report) makes the report and the results public.
 * `seen` is the state the person's page showed: a request made on an out-of-date page is refused. Opening
 * needs every text of the questionnaire in each language its version requires, and freezes the version.
 */
export async function transitionCycle(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	cycleId: number,
	to: CycleStatus,
	seen?: CycleStatus
): Promise<TransitionResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	return db.transaction(async (tx) => {
		const [cycle] = await tx
			.select({
				status: cycles.status,
				questionnaireVersion: cycles.questionnaireVersion,
				questionnaire: cycles.questionnaire
			})
			.from(cycles)
			.where(eq(cycles.id, cycleId))
			.for('update');
		if (!cycle) return { ok: false, reason: 'not_found' } as const;
		if (seen !== undefined && seen !== cycle.status)
			return { ok: false, reason: 'stale', current: cycle.status } as const;
		if (!canTransition(cycle.status, to))
			return { ok: false, reason: 'illegal', current: cycle.status } as const;
		const snapshot = definitionSchema.safeParse(cycle.questionnaire);
		if (to === 'open' && cycle.questionnaireVersion && snapshot.success) {
			const missing = await missingTranslationsOf(tx, cycle.questionnaireVersion, snapshot.data);
			if (missing.length) return { ok: false, reason: 'missing_translations', missing } as const;
			await freezeVersion(tx, actor.id, cycle.questionnaireVersion);
		}
		const now = new Date();
		await tx
			.update(cycles)
			.set({
				status: to,
				updatedAt: now,
				...(to === 'published' ? { publishedAt: now, ...(await reportNumbering(tx, cycleId, now)) } : {})
			})
			.where(eq(cycles.id, cycleId));
		await writeAudit(tx, {
			actorId: actor.id,
			action: auditAction[to],
			subjectType: 'cycle',
			subjectId: cycleId,
			before: { status: cycle.status },
			after: { status: to }
		});
		return { ok: true, from: cycle.status, to } as const;
	});
}
