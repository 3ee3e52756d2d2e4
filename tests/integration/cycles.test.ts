import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycleInputSchema, type CycleInput } from '$lib/domain/cycle-forms';
import type { CycleStatus } from '$lib/domain/cycle-lifecycle';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import { isEditable, responseLock, type Actor } from '$lib/domain/response-access';
import { formatDate } from '$lib/i18n';
import type { AppContext } from '$lib/server/app';
import { createCycle } from '$lib/server/commands/create-cycle';
import { grantExtension } from '$lib/server/commands/grant-extension';
import { inviteCities } from '$lib/server/commands/invite-cities';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { sendReminders } from '$lib/server/commands/send-reminders';
import { transitionCycle } from '$lib/server/commands/transition-cycle';
import { updateCycle } from '$lib/server/commands/update-cycle';
import { auditLog, cycles, outbox, responses, user } from '$lib/server/db/schema';
import { cityCycleList } from '$lib/server/reads/cycle-city-list';
import { reminderRecipients } from '$lib/server/reads/cycle-reminders';
import { responseContext } from '$lib/server/reads/response-context';
import { actions as inviteActions } from '../../src/routes/admin/cycles/[cycle]/invite/+page.server';
import { actions as settingsActions } from '../../src/routes/admin/cycles/[cycle]/settings/+page.server';
import { buildCity, buildCycle, buildOpenResponse, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const origin = 'http://localhost:4173';

function input(overrides: Partial<Record<string, string>> = {}): CycleInput {
	return cycleInputSchema.parse({
		name: '2026–2028',
		slug: '',
		periodStart: '2026-07-01',
		periodEnd: '2028-06-30',
		questionnaireVersion: currentQuestionnaire.version,
		opensOn: '2028-09-01',
		deadline: '2099-01-31',
		cityAnswersPublic: 'on',
		note: '',
		...overrides
	});
}

describe(`the secretariat's cycle administration on ${driverUnderTest}`, () => {
	let app: AppContext;
	let secretariat: Actor;
	const deps = () => ({ db: app.db, mailer: app.mailer, origin });

	async function coordinator(cityId: number, locale: 'en' | 'fr' | 'de'): Promise<Actor & { email: string }> {
		const person = await buildPerson(app, 'coordinator', cityId);
		await app.db.update(user).set({ locale }).where(eq(user.id, person.id));
		return { id: person.id, email: person.email, role: 'coordinator', cityId };
	}
	const mailsTo = (email: string) =>
		app.db.select().from(outbox).where(eq(outbox.to, email)).orderBy(asc(outbox.id));
	const auditOf = (subjectType: string, subjectId: number, action?: string) =>
		app.db
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.subjectType, subjectType),
					eq(auditLog.subjectId, String(subjectId)),
					...(action ? [eq(auditLog.action, action)] : [])
				)
			)
			.orderBy(asc(auditLog.id));
	async function openCycle(slug: string, deadline = '2099-01-31') {
		const created = await createCycle(app.db, secretariat, input({ name: `Cycle ${slug}`, slug, deadline }));
		if (!created.ok) throw new Error(created.error);
		await transitionCycle(app.db, secretariat, created.id, 'open');
		return created;
	}

	beforeAll(async () => {
		app = await createTestApp();
		const person = await buildPerson(app, 'secretariat');
		secretariat = { id: person.id, role: 'secretariat', cityId: null };
	});
	afterAll(async () => app.close());

	it('creates a draft with a snapshot of the chosen questionnaire, and audits it', async () => {
		const created = await createCycle(app.db, secretariat, input());
		expect(created).toMatchObject({ ok: true, slug: '2026-2028' });
		if (!created.ok) return;
		const [cycle] = await app.db.select().from(cycles).where(eq(cycles.id, created.id));
		expect(cycle).toMatchObject({
			status: 'draft',
			questionnaireVersion: currentQuestionnaire.version,
			questionnaire: currentQuestionnaire,
			cityAnswersPublic: true,
			deadline: '2099-01-31'
		});
		const [entry] = await auditOf('cycle', created.id, 'cycle.created');
		expect(entry).toMatchObject({ actorId: secretariat.id, before: null });
		expect(entry?.after).toMatchObject({ name: '2026–2028', status: 'draft' });
	});

	it('refuses invalid settings, a taken address and anyone but the secretariat', async () => {
		expect(cycleInputSchema.safeParse({ ...input(), periodEnd: '2026-01-01' }).success).toBe(false);
		expect(await createCycle(app.db, secretariat, input())).toEqual({ ok: false, error: 'slug_taken' });
		const city = await buildCity(app);
		const cityPerson = await coordinator(city.id, 'en');
		expect(await createCycle(app.db, cityPerson, input({ slug: 'sneaky' }))).toEqual({
			ok: false,
			error: 'forbidden'
		});
	});

	it('edits a draft, with before and after in the audit trail, and refuses edits once open', async () => {
		const created = await createCycle(app.db, secretariat, input({ slug: 'edit-me' }));
		if (!created.ok) throw new Error('not created');
		const edited = await updateCycle(
			app.db,
			secretariat,
			created.id,
			input({ slug: 'edited', deadline: '2099-02-28' })
		);
		expect(edited).toEqual({ ok: true, slug: 'edited' });
		const [entry] = await auditOf('cycle', created.id, 'cycle.updated');
		expect(entry?.before).toMatchObject({ slug: 'edit-me', deadline: '2099-01-31' });
		expect(entry?.after).toMatchObject({ slug: 'edited', deadline: '2099-02-28' });
		expect(await updateCycle(app.db, secretariat, created.id, input({ slug: '2026-2028' }))).toEqual({
			ok: false,
			error: 'slug_taken'
		});
		await transitionCycle(app.db, secretariat, created.id, 'open');
		expect(await updateCycle(app.db, secretariat, created.id, input({ slug: 'edited' }))).toEqual({
			ok: false,
			error: 'not_editable'
		});
	});

	it('refuses every illegal transition and records the legal ones with before and after', async () => {
		const illegal: [CycleStatus, CycleStatus][] = [
			['draft', 'closed'],
			['draft', 'published'],
			['draft', 'draft'],
			['open', 'published'],
			['open', 'draft'],
			['closed', 'open'],
			['closed', 'draft'],
			['published', 'draft'],
			['published', 'open'],
			['published', 'closed'],
			['published', 'published']
		];
		for (const [from, to] of illegal) {
			const cycle = await buildCycle(app, { status: from });
			expect(await transitionCycle(app.db, secretariat, cycle.id, to), `${from}→${to}`).toEqual({
				ok: false,
				reason: 'illegal',
				current: from
			});
			const [after] = await app.db
				.select({ status: cycles.status })
				.from(cycles)
				.where(eq(cycles.id, cycle.id));
			expect(after?.status).toBe(from);
			expect(await auditOf('cycle', cycle.id)).toEqual([]);
		}

		const cycle = await buildCycle(app, { status: 'draft' });
		const steps: [CycleStatus, CycleStatus, string][] = [
			['draft', 'open', 'cycle.opened'],
			['open', 'closed', 'cycle.closed'],
			['closed', 'published', 'cycle.published']
		];
		for (const [from, to] of steps)
			expect(await transitionCycle(app.db, secretariat, cycle.id, to, from)).toEqual({ ok: true, from, to });
		const entries = await auditOf('cycle', cycle.id);
		expect(entries.map(({ action, before, after, actorId }) => ({ action, before, after, actorId }))).toEqual(
			steps.map(([from, to, action]) => ({
				action,
				before: { status: from },
				after: { status: to },
				actorId: secretariat.id
			}))
		);
	});

	it('refuses a change asked from an out-of-date page, and from a city person', async () => {
		const cycle = await buildCycle(app, { status: 'open' });
		// The page showed "draft" and offered "Open"; someone opened it meanwhile.
		expect(await transitionCycle(app.db, secretariat, cycle.id, 'open', 'draft')).toEqual({
			ok: false,
			reason: 'stale',
			current: 'open'
		});
		// "Close" seen on an open cycle that someone closed meanwhile is not repeated either.
		await transitionCycle(app.db, secretariat, cycle.id, 'closed', 'open');
		expect(await transitionCycle(app.db, secretariat, cycle.id, 'closed', 'open')).toMatchObject({
			ok: false,
			reason: 'stale'
		});
		const city = await buildCity(app);
		expect(await transitionCycle(app.db, await coordinator(city.id, 'en'), cycle.id, 'published')).toEqual({
			ok: false,
			reason: 'forbidden'
		});
	});

	describe('invitations, reminders and extensions', () => {
		let cycleId: number;
		let cycleSlug: string;
		const city = {} as Record<'helsinki' | 'lyon' | 'munich' | 'brno' | 'oslo', { id: number }>;
		const people = {} as Record<'helsinkiEn' | 'lyonFr' | 'lyonEn' | 'munichDe', Actor & { email: string }>;

		beforeAll(async () => {
			const created = await openCycle('invite-cycle');
			cycleId = created.id;
			cycleSlug = created.slug;
			city.helsinki = await buildCity(app, { name: 'Helsinki' });
			city.lyon = await buildCity(app, { name: 'Lyon', countryCode: 'FR' });
			city.munich = await buildCity(app, { name: 'Munich', countryCode: 'DE' });
			city.brno = await buildCity(app, { name: 'Brno', countryCode: 'CZ', signedOn: null });
			city.oslo = await buildCity(app, { name: 'Oslo', countryCode: 'NO' });
			people.helsinkiEn = await coordinator(city.helsinki.id, 'en');
			people.lyonFr = await coordinator(city.lyon.id, 'fr');
			people.lyonEn = await coordinator(city.lyon.id, 'en');
			people.munichDe = await coordinator(city.munich.id, 'de');
		});

		it('invites only the chosen cities and mails each coordinator in their language', async () => {
			const result = await inviteCities(deps(), secretariat, cycleId, [
				city.helsinki.id,
				city.lyon.id,
				city.munich.id,
				city.brno.id
			]);
			expect(result).toMatchObject({ ok: true, mailsSent: 4, alreadyInvited: [] });
			if (!result.ok) return;
			expect(result.invited.map((c) => c.name).sort()).toEqual(['Brno', 'Helsinki', 'Lyon', 'Munich']);
			expect(result.withoutCoordinator.map((c) => c.name)).toEqual(['Brno']);

			const rows = await app.db.select().from(responses).where(eq(responses.cycleId, cycleId));
			expect(rows.map((row) => row.cityId).sort()).toEqual(
				[city.helsinki.id, city.lyon.id, city.munich.id, city.brno.id].sort()
			);
			for (const row of rows) {
				expect(row.state).toBe('invited');
				expect(row.invitedAt).toBeInstanceOf(Date);
				expect(row.requiredTotal).toBeGreaterThan(0);
				const entries = await auditOf('response', row.id, 'response.invited');
				expect(entries).toHaveLength(1);
				expect(entries[0]?.after).toMatchObject({ cycleId, cityId: row.cityId, state: 'invited' });
			}

			const link = `${origin}/respond/${cycleSlug}`;
			const [fr] = await mailsTo(people.lyonFr.email);
			expect(fr?.subject).toContain('merci de répondre');
			expect(fr?.text).toContain(link);
			expect(fr?.text).toContain('Lyon');
			const [de] = await mailsTo(people.munichDe.email);
			expect(de?.subject).toContain('Bitte antworten Sie');
			expect(de?.text).toContain(link);
			const [en] = await mailsTo(people.lyonEn.email);
			expect(en?.subject).toContain(`please answer by ${formatDate('en', '2099-01-31')}`);
			expect(en?.text).toContain(link);
			expect(await mailsTo(people.helsinkiEn.email)).toHaveLength(1);
		});

		it('skips cities already invited, and refuses a cycle that is not open', async () => {
			const again = await inviteCities(deps(), secretariat, cycleId, [city.helsinki.id, city.oslo.id]);
			expect(again).toMatchObject({ ok: true, mailsSent: 0 });
			if (!again.ok) return;
			expect(again.invited.map((c) => c.name)).toEqual(['Oslo']);
			expect(again.alreadyInvited.map((c) => c.name)).toEqual(['Helsinki']);
			expect(await mailsTo(people.helsinkiEn.email)).toHaveLength(1);

			const draft = await createCycle(app.db, secretariat, input({ slug: 'still-draft' }));
			if (!draft.ok) throw new Error('not created');
			expect(await inviteCities(deps(), secretariat, draft.id, [city.helsinki.id])).toEqual({
				ok: false,
				reason: 'not_open'
			});
			expect(await inviteCities(deps(), secretariat, cycleId, [999_999])).toEqual({
				ok: false,
				reason: 'unknown_city'
			});
		});

		it('reminds only the cities that have not submitted, each with its own deadline', async () => {
			// Munich submitted; Lyon got an extension; Helsinki is still at work.
			await app.db
				.update(responses)
				.set({ state: 'submitted' })
				.where(and(eq(responses.cycleId, cycleId), eq(responses.cityId, city.munich.id)));
			const extended = await grantExtension(deps(), secretariat, cycleId, {
				cityId: city.lyon.id,
				extendedTo: '2099-03-15',
				message: 'Take the time you need for the indicators.'
			});
			expect(extended).toEqual({ ok: true, city: 'Lyon', mailsSent: 2 });
			const [, extensionFr] = await mailsTo(people.lyonFr.email);
			expect(extensionFr?.subject).toContain('Nouvelle date limite pour Lyon');
			expect(extensionFr?.text).toContain(formatDate('fr', '2099-03-15'));
			expect(extensionFr?.text).toContain('Take the time you need for the indicators.');

			const recipients = await reminderRecipients(app.db, cycleId);
			expect(recipients.withCoordinator.map((c) => c.name)).toEqual(['Helsinki', 'Lyon']);
			expect(recipients.withoutCoordinator.map((c) => c.name)).toEqual(['Brno', 'Oslo']);

			const before = (await mailsTo(people.munichDe.email)).length;
			expect(await sendReminders(deps(), secretariat, cycleId)).toEqual({
				ok: true,
				mailsSent: 3,
				cities: 2
			});
			expect(await mailsTo(people.munichDe.email)).toHaveLength(before);
			const helsinki = (await mailsTo(people.helsinkiEn.email)).at(-1);
			expect(helsinki?.subject).toBe(
				`Reminder: Integrating Cities questionnaire Cycle invite-cycle, due ${formatDate('en', '2099-01-31')}`
			);
			expect(helsinki?.text).toContain(`${origin}/respond/${cycleSlug}`);
			const lyon = (await mailsTo(people.lyonEn.email)).at(-1);
			expect(lyon?.subject).toContain(`due ${formatDate('en', '2099-03-15')}`);

			const [entry] = await auditOf('cycle', cycleId, 'cycle.reminded');
			expect(entry?.after).toEqual({ count: 3, cityIds: [city.helsinki.id, city.lyon.id] });
		});

		it('records an extension with the dates before and after, and refuses one not after the deadline', async () => {
			const [response] = await app.db
				.select()
				.from(responses)
				.where(and(eq(responses.cycleId, cycleId), eq(responses.cityId, city.lyon.id)));
			expect(response?.extendedTo).toBe('2099-03-15');
			const entries = await auditOf('response', response?.id ?? 0, 'response.extended');
			expect(entries[0]).toMatchObject({ before: { extendedTo: null } });
			expect(entries[0]?.after).toMatchObject({ extendedTo: '2099-03-15' });

			expect(
				await grantExtension(deps(), secretariat, cycleId, {
					cityId: city.lyon.id,
					extendedTo: '2099-01-31',
					message: null
				})
			).toEqual({ ok: false, reason: 'invalid_date', message: 'cycles.extensionNotAfterDeadline' });
			const stranger = await buildCity(app);
			expect(
				await grantExtension(deps(), secretariat, cycleId, {
					cityId: stranger.id,
					extendedTo: '2099-03-01',
					message: null
				})
			).toEqual({ ok: false, reason: 'not_invited' });
		});
	});

	it('refuses edits after the deadline unless the city was given an extension', async () => {
		const cityRow = await buildCity(app, { name: 'Ghent', countryCode: 'BE' });
		const cityCoordinator = await coordinator(cityRow.id, 'en');
		const { cycle, response } = await buildOpenResponse(app, cityRow.id);
		await app.db.update(cycles).set({ deadline: '2020-01-31' }).where(eq(cycles.id, cycle.id));
		const save = () =>
			saveAnswer(app.db, cityCoordinator, {
				responseId: response.id,
				itemId: 'c1-rating',
				value: { rating: 'partly', evidence: 'A first plan' },
				baseRevision: 0
			});

		expect(await save()).toEqual({ ok: false, reason: 'forbidden' });
		const [listed] = await cityCycleList(app.db, cityRow.id);
		expect(listed).toMatchObject({ deadline: '2020-01-31', extended: false, lock: 'deadline_passed' });

		const granted = await grantExtension(deps(), secretariat, cycle.id, {
			cityId: cityRow.id,
			extendedTo: '2099-02-28',
			message: null
		});
		expect(granted).toMatchObject({ ok: true });
		expect(await save()).toMatchObject({ ok: true, revision: 1 });
		const [after] = await cityCycleList(app.db, cityRow.id);
		expect(after).toMatchObject({ deadline: '2099-02-28', extended: true, lock: null });

		// The extension holds to the end of its day in Brussels (UTC+1 in February), not a minute longer.
		const lastEvening = await responseContext(app.db, response.id, new Date('2099-02-28T22:59:00Z'));
		const nextMorning = await responseContext(app.db, response.id, new Date('2099-02-28T23:00:00Z'));
		expect(lastEvening && isEditable(lastEvening)).toBe(true);
		expect(nextMorning && responseLock(nextMorning)).toBe('deadline_passed');
	});

	it('shows nothing of a draft cycle to the city, and no audit entries for refused actions', async () => {
		const cityRow = await buildCity(app);
		const draft = await buildCycle(app, {
			status: 'draft',
			questionnaireVersion: currentQuestionnaire.version,
			questionnaire: currentQuestionnaire
		});
		await app.db.insert(responses).values({ cycleId: draft.id, cityId: cityRow.id, state: 'invited' });
		expect(await cityCycleList(app.db, cityRow.id)).toEqual([]);
		const refused = await app.db
			.select()
			.from(auditLog)
			.where(inArray(auditLog.subjectId, [String(draft.id)]));
		expect(refused.filter((entry) => entry.subjectType === 'cycle')).toEqual([]);
	});

	describe('through the pages’ form actions', () => {
		const post = (
			action: ((event: never) => unknown) | undefined,
			slug: string,
			fields: [string, string][],
			user: Partial<SignedInUser> = {}
		) => {
			const url = new URL(`http://localhost:4173/admin/cycles/${slug}/settings`);
			const body = new FormData();
			for (const [name, value] of fields) body.append(name, value);
			const signedIn = {
				id: secretariat.id,
				name: 'S',
				email: 's@x',
				role: 'secretariat',
				cityId: null,
				...user
			};
			if (!action) throw new Error('no such action');
			return (action as (event: unknown) => Promise<unknown>)({
				locals: { app, locale: 'en', user: signedIn },
				params: { cycle: slug },
				request: new Request(url, { method: 'POST', body }),
				url
			});
		};

		it('does not publish from the settings page, and names the state when the page was out of date', async () => {
			const closed = await buildCycle(app, { status: 'closed' });
			expect(
				await post(settingsActions.transition, closed.slug, [
					['from', 'closed'],
					['to', 'published']
				])
			).toMatchObject({
				status: 409,
				data: { transitionErrors: { transition: 'This change of state is not possible.' } }
			});
			expect(
				await post(settingsActions.transition, closed.slug, [
					['from', 'open'],
					['to', 'closed']
				])
			).toMatchObject({
				status: 409,
				data: {
					transitionErrors: {
						transition:
							'The cycle changed while you were looking at it: its state is now Closed. Check the page and try again.'
					}
				}
			});
			const [after] = await app.db
				.select({ status: cycles.status })
				.from(cycles)
				.where(eq(cycles.id, closed.id));
			expect(after?.status).toBe('closed');
		});

		it('refuses city people, even when they post the form themselves', async () => {
			const draft = await buildCycle(app, { status: 'draft' });
			const cityRow = await buildCity(app);
			await expect(
				post(
					settingsActions.transition,
					draft.slug,
					[
						['from', 'draft'],
						['to', 'open']
					],
					{
						role: 'coordinator',
						cityId: cityRow.id
					}
				)
			).rejects.toMatchObject({ status: 403 });
			await expect(
				post(inviteActions.default, draft.slug, [['city', String(cityRow.id)]], {
					role: 'coordinator',
					cityId: cityRow.id
				})
			).rejects.toMatchObject({ status: 403 });
			const [after] = await app.db
				.select({ status: cycles.status })
				.from(cycles)
				.where(eq(cycles.id, draft.id));
			expect(after?.status).toBe('draft');
		});
	});
});
