import { and, asc, eq, inArray } from 'drizzle-orm';
import { todayForDeadlines } from '$lib/domain/cycle-lifecycle';
import { dueOn, duePoints } from '$lib/domain/reminder-schedule';
import { writeAudit } from '../audit';
import { reminderMail, respondUrl } from '../cycle-mails';
import type { Database } from '../db';
import { cities, cycles, reminderSchedulePoints, reminderSends } from '../db/schema';
import { log } from '../log';
import { jobRuns, remindersSent } from '../metrics/registry';
import type { Mailer } from '../mail';
import { reminderRecipients } from '../reads/cycle-reminders';

export interface ReminderDeps {
	db: Database;
	mailer: Mailer;
	origin: string;
}

export interface TickResult {
	/** Reminders this run took and sent (one per city and schedule point). */
	sent: { cycleId: number; cityId: number; days: number; dueOn: string; mails: number }[];
}

/**
 * One run of the reminder scheduler at the moment `now` (tests pass their own). For every open cycle with a
 * schedule, every city still awaited (not submitted, or returned with queries) with a coordinator and a deadline
 * gets the points that fall today (or fell in the last days, if no run took them). A reminder is taken by
 * inserting its row into `reminder_sends`; the unique key (cycle, city, point, deadline) lets only one run
 * insert it, so concurrent runs, on one server or several, send it once. The e-mail is the manual reminder's,
 * and each reminder is audited in the transaction that takes it.
 */
export async function runReminderTick(deps: ReminderDeps, now: Date): Promise<TickResult> {
	const today = todayForDeadlines(now);
	const points = await deps.db
		.select({ cycleId: reminderSchedulePoints.cycleId, days: reminderSchedulePoints.days })
		.from(reminderSchedulePoints)
		.innerJoin(cycles, eq(cycles.id, reminderSchedulePoints.cycleId))
		.where(eq(cycles.status, 'open'))
		.orderBy(asc(reminderSchedulePoints.cycleId));
	const byCycle = new Map<number, number[]>();
	for (const point of points) byCycle.set(point.cycleId, [...(byCycle.get(point.cycleId) ?? []), point.days]);

	const result: TickResult = { sent: [] };
	for (const [cycleId, schedule] of byCycle) {
		const { withCoordinator } = await reminderRecipients(deps.db, cycleId);
		for (const city of withCoordinator) {
			if (!city.deadline) continue;
			for (const days of duePoints(city.deadline, schedule, today)) {
				const sent = await takeAndSend(deps, now, cycleId, city.cityId, days, city.deadline);
				if (sent) result.sent.push(sent);
			}
		}
	}
	return result;
}

async function takeAndSend(
	deps: ReminderDeps,
	now: Date,
	cycleId: number,
	cityId: number,
	days: number,
	deadline: string
): Promise<TickResult['sent'][number] | null> {
	const due = dueOn(deadline, days);
	const taken = await deps.db.transaction(async (tx) => {
		const [cycle] = await tx.select().from(cycles).where(eq(cycles.id, cycleId));
		if (!cycle || cycle.status !== 'open') return null;
		// Read again inside the transaction: the city may have submitted, or been given a new deadline.
		const { withCoordinator } = await reminderRecipients(tx, cycleId);
		const city = withCoordinator.find((candidate) => candidate.cityId === cityId);
		if (!city || city.deadline !== deadline) return null;
		const [row] = await tx
			.insert(reminderSends)
			.values({ cycleId, cityId, days, deadline, dueOn: due, takenAt: now })
			.onConflictDoNothing()
			.returning({ id: reminderSends.id });
		if (!row) return null;
		await writeAudit(tx, {
			actorId: null,
			action: 'cycle.auto_reminded',
			subjectType: 'cycle',
			subjectId: cycleId,
			after: { cityId, city: city.name, days, deadline, dueOn: due, count: city.coordinators.length }
		});
		return { id: row.id, cycle, city };
	});
	if (!taken) return null;

	let mails = 0;
	for (const person of taken.city.coordinators) {
		const mail = reminderMail(person.locale, {
			city: taken.city.name,
			cycle: taken.cycle.name,
			deadline: taken.city.deadline,
			url: respondUrl(deps.origin, taken.cycle.slug)
		});
		await deps.mailer.send({ to: person.email, ...mail });
		mails++;
	}
	await deps.db
		.update(reminderSends)
		.set({ mails, sentAt: new Date() })
		.where(eq(reminderSends.id, taken.id));
	return { cycleId, cityId, days, dueOn: due, mails };
}

/** What the remind page shows: reminders sent by the scheduler, newest first. */
export async function automaticReminders(db: Pick<Database, 'select'>, cycleId: number) {
	return db
		.select({
			id: reminderSends.id,
			city: cities.name,
			days: reminderSends.days,
			deadline: reminderSends.deadline,
			dueOn: reminderSends.dueOn,
			takenAt: reminderSends.takenAt,
			mails: reminderSends.mails
		})
		.from(reminderSends)
		.innerJoin(cities, eq(cities.id, reminderSends.cityId))
		.where(eq(reminderSends.cycleId, cycleId))
		.orderBy(asc(reminderSends.takenAt), asc(cities.name));
}

export async function schedulePoints(db: Pick<Database, 'select'>, cycleIds: number[]) {
	if (cycleIds.length === 0) return [];
	return db
		.select()
		.from(reminderSchedulePoints)
		.where(and(inArray(reminderSchedulePoints.cycleId, cycleIds)))
		.orderBy(asc(reminderSchedulePoints.days));
}

/**
 * Runs the scheduler every minute in this server process (and once shortly after start). Errors are logged,
 * never thrown: a failed run is simply tried again a minute later, and reminders not yet taken stay due.
 */
export function startReminderTimer(
	deps: ReminderDeps,
	options: { everyMs?: number; clock?: () => Date } = {}
): () => void {
	const clock = options.clock ?? (() => new Date());
	let running = false;
	const run = async () => {
		if (running) return;
		running = true;
		try {
			const { sent } = await runReminderTick(deps, clock());
			jobRuns.inc({ job: 'reminders', outcome: 'done' });
			remindersSent.inc(sent.length);
			if (sent.length) log.info({ reminders: sent }, 'scheduled reminders sent');
		} catch (error) {
			jobRuns.inc({ job: 'reminders', outcome: 'failed' });
			log.error({ err: error }, 'scheduled reminders could not be sent; trying again next minute');
		} finally {
			running = false;
		}
	};
	const first = setTimeout(run, 5_000);
	const every = setInterval(run, options.everyMs ?? 60_000);
	first.unref();
	every.unref();
	return () => {
		clearTimeout(first);
		clearInterval(every);
	};
}
