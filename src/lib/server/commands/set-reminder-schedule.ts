import { asc, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cycles, reminderSchedulePoints } from '../db/schema';

export type SetReminderScheduleResult =
	{ ok: true; points: number[] } | { ok: false; reason: 'forbidden' | 'not_found' | 'finished' };

/**
 * Sets when a cycle's reminders go by themselves (days relative to each city's deadline), replacing the
 * previous schedule. Allowed while the cycle is a draft or open; a closed cycle reminds nobody.
 */
export async function setReminderSchedule(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	cycleId: number,
	points: number[]
): Promise<SetReminderScheduleResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	return db.transaction(async (tx) => {
		const [cycle] = await tx.select().from(cycles).where(eq(cycles.id, cycleId)).for('update');
		if (!cycle) return { ok: false, reason: 'not_found' } as const;
		if (cycle.status !== 'draft' && cycle.status !== 'open')
			return { ok: false, reason: 'finished' } as const;
		const before = await tx
			.select({ days: reminderSchedulePoints.days })
			.from(reminderSchedulePoints)
			.where(eq(reminderSchedulePoints.cycleId, cycleId))
			.orderBy(asc(reminderSchedulePoints.days));
		const unique = [...new Set(points)].sort((a, b) => a - b);
		await tx.delete(reminderSchedulePoints).where(eq(reminderSchedulePoints.cycleId, cycleId));
		if (unique.length) {
			await tx.insert(reminderSchedulePoints).values(unique.map((days) => ({ cycleId, days })));
		}
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'cycle.reminder_schedule_changed',
			subjectType: 'cycle',
			subjectId: cycleId,
			before: { days: before.map((point) => point.days) },
			after: { days: unique }
		});
		return { ok: true, points: unique } as const;
	});
}
