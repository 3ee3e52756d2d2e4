import { eq } from 'drizzle-orm';
import type { CycleStatus } from '$lib/domain/cycle-lifecycle';
import type { Database } from '../db';
import { cycles } from '../db/schema';

export type ReportTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type ReportRefusal =
	| { ok: false; reason: 'forbidden' | 'not_found' }
	/** A published report is the record of its cycle: it is not changed afterwards. */
	| { ok: false; reason: 'published' };

/**
 * Locks the cycle's row for the rest of the transaction, so two people changing one report's outline (adding,
 * moving, removing sections) take turns, and says whether its report may still change.
 */
export async function lockReport(
	tx: ReportTransaction,
	cycleId: number
): Promise<{ ok: true; status: CycleStatus } | ReportRefusal> {
	const [cycle] = await tx
		.select({ status: cycles.status })
		.from(cycles)
		.where(eq(cycles.id, cycleId))
		.for('update');
	if (!cycle) return { ok: false, reason: 'not_found' };
	if (cycle.status === 'published') return { ok: false, reason: 'published' };
	return { ok: true, status: cycle.status };
}
