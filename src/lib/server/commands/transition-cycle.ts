import { eq } from 'drizzle-orm';
import { canTransition, type CycleStatus } from '$lib/domain/cycle-lifecycle';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cycles } from '../db/schema';
import { reportNumbering } from '../report/report-numbering';

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
	| { ok: false; reason: 'illegal'; current: CycleStatus };

/**
 * Moves a cycle one step along draft → open → closed → published, and nothing else. Opening lets invited
 * cities edit; closing stops ordinary editing; publishing (commands/publish-report) makes the report and the results public.
 * `seen` is the state the person's page showed: a request made on an out-of-date page is refused.
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
			.select({ status: cycles.status })
			.from(cycles)
			.where(eq(cycles.id, cycleId))
			.for('update');
		if (!cycle) return { ok: false, reason: 'not_found' } as const;
		if (seen !== undefined && seen !== cycle.status)
			return { ok: false, reason: 'stale', current: cycle.status } as const;
		if (!canTransition(cycle.status, to))
			return { ok: false, reason: 'illegal', current: cycle.status } as const;
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
