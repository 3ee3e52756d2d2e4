import { desc, eq } from 'drizzle-orm';
import { effectiveDeadline, todayForDeadlines } from '$lib/domain/cycle-lifecycle';
import { responseLock } from '$lib/domain/response-access';
import type { Database } from '../db';
import { cycles, responses } from '../db/schema';

/**
 * A city's cycles for its list of questionnaires: the state of its response, its own deadline (extension or
 * the cycle's) and, when the city can no longer edit, why. Draft cycles and imported ones stay hidden.
 */
export async function cityCycleList(db: Database, cityId: number, now: Date = new Date()) {
	const rows = await db
		.select({
			slug: cycles.slug,
			name: cycles.name,
			status: cycles.status,
			deadline: cycles.deadline,
			extendedTo: responses.extendedTo,
			state: responses.state,
			questionnaireVersion: cycles.questionnaireVersion
		})
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(eq(responses.cityId, cityId))
		.orderBy(desc(cycles.periodStart));
	const today = todayForDeadlines(now);
	return rows
		.filter((row) => row.questionnaireVersion && row.status !== 'draft')
		.map((row) => ({
			slug: row.slug,
			name: row.name,
			state: row.state,
			deadline: effectiveDeadline(row.deadline, row.extendedTo),
			extended: row.extendedTo !== null,
			// Queried items are a detail of the cycle's own page; the list only says whether editing is open.
			lock: responseLock({ ...row, cycleStatus: row.status, reopenedItems: [], today })
		}));
}
