import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { cycles, responses } from '../db/schema';

/** Every cycle, newest period first, with how many cities take part and how many have submitted. */
export async function listCycles(db: Database) {
	return db
		.select({
			slug: cycles.slug,
			name: cycles.name,
			status: cycles.status,
			periodStart: cycles.periodStart,
			periodEnd: cycles.periodEnd,
			deadline: cycles.deadline,
			invited: sql<number>`count(${responses.id})::int`,
			// Accepted responses were submitted too; returned ones are back with the city.
			submitted: sql<number>`count(${responses.id}) filter (where ${responses.state} in ('submitted', 'accepted'))::int`
		})
		.from(cycles)
		.leftJoin(responses, eq(responses.cycleId, cycles.id))
		.groupBy(cycles.id)
		.orderBy(desc(cycles.periodStart), desc(cycles.id));
}
