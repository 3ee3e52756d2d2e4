import { and, eq, max, ne } from 'drizzle-orm';
import { organisationDay } from '$lib/domain/time-zone';
import type { Database } from '../db';
import { cycles } from '../db/schema';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * The number and year of the Integrating Cities Report a cycle publishes, for a cycle that does not carry them
 * yet: the number after the highest any other cycle carries (the demo's and the imported reports count), and
 * the year of publication where the organisation works. A cycle that already has them keeps them.
 */
export async function reportNumbering(
	tx: Transaction,
	cycleId: number,
	at: Date
): Promise<{ reportNumber?: number; reportYear?: number }> {
	const [cycle] = await tx
		.select({ reportNumber: cycles.reportNumber, reportYear: cycles.reportYear })
		.from(cycles)
		.where(eq(cycles.id, cycleId));
	if (!cycle) return {};
	const numbering: { reportNumber?: number; reportYear?: number } = {};
	if (cycle.reportNumber === null) {
		const [highest] = await tx
			.select({ number: max(cycles.reportNumber) })
			.from(cycles)
			.where(and(ne(cycles.id, cycleId)));
		numbering.reportNumber = (highest?.number ?? 0) + 1;
	}
	if (cycle.reportYear === null) numbering.reportYear = Number(organisationDay(at).slice(0, 4));
	return numbering;
}
