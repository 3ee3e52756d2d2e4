import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import type { AppContext } from '$lib/server/app';
import { setReminderSchedule } from '$lib/server/commands/set-reminder-schedule';
import { auditLog, outbox, reminderSends, responses } from '$lib/server/db/schema';
import { reminderMail } from '$lib/server/cycle-mails';
import { runReminderTick } from '$lib/server/reminders/scheduler';
import { buildCity, buildCycle, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const origin = 'http://localhost:4173';
const secretariat = { id: 'secretariat-test', role: 'secretariat' as const };

describe(`reminders sent by the scheduler on ${driverUnderTest}`, () => {
	let app: AppContext;
	const deps = () => ({ db: app.db, mailer: app.mailer, origin });
	const mailsTo = (email: string) =>
		app.db.select().from(outbox).where(eq(outbox.to, email)).orderBy(asc(outbox.id));

	beforeAll(async () => {
		app = await createTestApp();
	});
	afterAll(async () => {
		await app?.close();
	});

	async function openCycleWithCities() {
		const cycle = await buildCycle(app, {
			status: 'open',
			periodStart: '2025-07-01',
			periodEnd: '2027-06-30',
			deadline: '2027-03-31',
			questionnaireVersion: currentQuestionnaire.version,
			questionnaire: currentQuestionnaire
		});
		const city = async (state: 'invited' | 'in_progress' | 'submitted', extendedTo: string | null = null) => {
			const built = await buildCity(app);
			const person = await buildPerson(app, 'coordinator', built.id);
			await app.db.insert(responses).values({ cycleId: cycle.id, cityId: built.id, state, extendedTo });
			return { ...built, email: person.email };
		};
		return {
			cycle,
			working: await city('in_progress'),
			submitted: await city('submitted'),
			extended: await city('invited', '2027-04-30')
		};
	}

	it('sends each point of the schedule on its day in Brussels, from each city’s own deadline', async () => {
		const { cycle, working, submitted, extended } = await openCycleWithCities();
		const set = await setReminderSchedule(app.db, secretariat, cycle.id, [-14, -3, 1]);
		expect(set).toEqual({ ok: true, points: [-14, -3, 1] });

		// 16 March in Brussels: nothing is due yet (14 days before 31 March is 17 March).
		expect((await runReminderTick(deps(), new Date('2027-03-16T12:00:00Z'))).sent).toEqual([]);
		expect(await mailsTo(working.email)).toHaveLength(0);

		// 23:30 UTC on 16 March is already 17 March in Brussels.
		const first = await runReminderTick(deps(), new Date('2027-03-16T23:30:00Z'));
		expect(first.sent).toEqual([
			{ cycleId: cycle.id, cityId: working.id, days: -14, dueOn: '2027-03-17', mails: 1 }
		]);
		const [mail] = await mailsTo(working.email);
		const expected = reminderMail('en', {
			city: working.name,
			cycle: cycle.name,
			deadline: '2027-03-31',
			url: `${origin}/respond/${cycle.slug}`
		});
		expect(mail).toMatchObject(expected);
		// A submitted city gets none; the extended city's dates count from 30 April.
		expect(await mailsTo(submitted.email)).toHaveLength(0);
		expect(await mailsTo(extended.email)).toHaveLength(0);

		// Later runs the same day (or after a restart: nothing is kept in memory) send nothing again.
		expect((await runReminderTick(deps(), new Date('2027-03-17T15:00:00Z'))).sent).toEqual([]);
		expect(await mailsTo(working.email)).toHaveLength(1);

		// The extended city's first point falls on 16 April; the working city's day-after point (1 April) is
		// long past by then and is not sent late.
		const april = await runReminderTick(deps(), new Date('2027-04-16T08:00:00Z'));
		expect(april.sent.map((sent) => [sent.cityId, sent.days, sent.dueOn])).toEqual([
			[extended.id, -14, '2027-04-16']
		]);

		const audits = await app.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'cycle.auto_reminded'), eq(auditLog.subjectId, String(cycle.id))))
			.orderBy(asc(auditLog.id));
		expect(audits.map((entry) => (entry.after as { cityId: number }).cityId)).toEqual([
			working.id,
			extended.id
		]);
		expect(audits[0]?.actorId).toBeNull();
	});

	it('sends a reminder once when two runs take it at the same moment', async () => {
		const { cycle, working, extended } = await openCycleWithCities();
		await setReminderSchedule(app.db, secretariat, cycle.id, [-3]);
		const at = new Date('2027-03-28T07:00:00Z');
		const runs = await Promise.all([
			runReminderTick(deps(), at),
			runReminderTick(deps(), at),
			runReminderTick(deps(), at)
		]);
		const ofThisCycle = runs.flatMap((run) => run.sent).filter((sent) => sent.cycleId === cycle.id);
		expect(ofThisCycle.map((sent) => sent.cityId)).toEqual([working.id]);
		expect(await mailsTo(working.email)).toHaveLength(1);
		expect(await mailsTo(extended.email)).toHaveLength(0);
		const rows = await app.db.select().from(reminderSends).where(eq(reminderSends.cycleId, cycle.id));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ cityId: working.id, days: -3, dueOn: '2027-03-28', mails: 1 });
	});

	it('a city that submits before its day gets nothing, and a closed cycle reminds nobody', async () => {
		const { cycle, working } = await openCycleWithCities();
		await setReminderSchedule(app.db, secretariat, cycle.id, [1]);
		await app.db
			.update(responses)
			.set({ state: 'submitted' })
			.where(and(eq(responses.cycleId, cycle.id), eq(responses.cityId, working.id)));
		const after = await runReminderTick(deps(), new Date('2027-04-01T10:00:00Z'));
		expect(after.sent.filter((sent) => sent.cycleId === cycle.id)).toEqual([]);
		const closed = await buildCycle(app, { status: 'closed', deadline: '2027-03-31' });
		expect(await setReminderSchedule(app.db, secretariat, closed.id, [-3])).toEqual({
			ok: false,
			reason: 'finished'
		});
	});
});
