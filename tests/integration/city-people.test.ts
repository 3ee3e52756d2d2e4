import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { acceptInvitation } from '$lib/server/commands/accept-invitation';
import { assignSection } from '$lib/server/commands/assign-section';
import { inviteCities } from '$lib/server/commands/invite-cities';
import { inviteColleague } from '$lib/server/commands/invite-colleague';
import { invitePerson } from '$lib/server/commands/invite-person';
import { auditLog, cycles, invitations, outbox, sectionAssignments, user } from '$lib/server/db/schema';
import { buildCity, buildCycle, buildOpenResponse, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const origin = 'http://localhost:4173';

describe(`a city's people on ${driverUnderTest}`, () => {
	let app: AppContext;
	const deps = () => ({ db: app.db, mailer: app.mailer, origin, locale: 'en' as const });
	const mailsTo = (to: string) => app.db.select().from(outbox).where(eq(outbox.to, to));
	const actorOf = async (id: string): Promise<Actor> => {
		const [row] = await app.db
			.select({ id: user.id, role: user.role, cityId: user.cityId })
			.from(user)
			.where(eq(user.id, id));
		if (!row) throw new Error('no such person');
		return row;
	};

	beforeAll(async () => {
		app = await createTestApp();
	});
	afterAll(async () => app.close());

	describe('a coordinator invites a colleague', () => {
		let home: { id: number };
		let elsewhere: { id: number };
		let coordinator: Actor;
		let contributor: Actor;
		let responseId: number;
		let cycleSlug: string;
		let otherResponseId: number;

		beforeAll(async () => {
			home = await buildCity(app, { name: 'Oulu' });
			elsewhere = await buildCity(app, { name: 'Turku' });
			coordinator = await actorOf((await buildPerson(app, 'coordinator', home.id)).id);
			contributor = await actorOf((await buildPerson(app, 'contributor', home.id)).id);
			const open = await buildOpenResponse(app, home.id);
			responseId = open.response.id;
			cycleSlug = open.cycle.slug;
			otherResponseId = (await buildOpenResponse(app, elsewhere.id)).response.id;
		});

		const colleague = (overrides: Partial<Parameters<typeof inviteColleague>[2]> = {}) => ({
			name: 'Maria Korhonen',
			email: `maria-${Math.random().toString(36).slice(2)}@oulu.example`,
			role: 'contributor',
			cityId: home.id,
			handOver: null,
			...overrides
		});

		it('refuses another city, any role but contributor, and anyone but a coordinator', async () => {
			expect(await inviteColleague(deps(), coordinator, colleague({ cityId: elsewhere.id }))).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			for (const role of ['coordinator', 'secretariat'])
				expect(await inviteColleague(deps(), coordinator, colleague({ role }))).toEqual({
					ok: false,
					reason: 'forbidden'
				});
			expect(await inviteColleague(deps(), contributor, colleague())).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			const secretariat = await actorOf((await buildPerson(app, 'secretariat')).id);
			expect(await inviteColleague(deps(), secretariat, colleague())).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			// Another city's section cannot be handed over either.
			expect(
				await inviteColleague(
					deps(),
					coordinator,
					colleague({ handOver: { responseId: otherResponseId, sectionId: 'employer' } })
				)
			).toEqual({ ok: false, reason: 'section_unavailable' });
			const stored = await app.db.select().from(invitations).where(eq(invitations.cityId, elsewhere.id));
			expect(stored).toHaveLength(0);
			expect(
				await app.db.select().from(invitations).where(eq(invitations.name, 'Maria Korhonen'))
			).toHaveLength(0);
		});

		it('mails the invitation in the coordinator’s name; accepting hands over the section', async () => {
			const invite = colleague({
				email: 'maria@oulu.example',
				handOver: { responseId, sectionId: 'employer' }
			});
			const result = await inviteColleague(deps(), coordinator, invite);
			expect(result.ok).toBe(true);
			const [mail] = await mailsTo('maria@oulu.example');
			expect(mail?.subject).toContain('invites you to the Integrating Cities questionnaire of Oulu');
			expect(mail?.text).toContain('The city as employer');
			const token = mail?.text.match(/\/invitation\/([\w-]+)/)?.[1];
			expect(token).toBeTruthy();

			// The same address twice is refused while the first invitation is open.
			expect(await inviteColleague(deps(), coordinator, invite)).toEqual({
				ok: false,
				reason: 'already_invited'
			});

			const accepted = await acceptInvitation({ db: app.db, auth: app.auth }, token!, {
				name: 'Maria Korhonen',
				password: 'a-long-enough-password'
			});
			expect(accepted).toMatchObject({
				ok: true,
				role: 'contributor',
				handedOver: { cycleSlug, sectionId: 'employer' }
			});
			if (!accepted.ok) return;
			const [created] = await app.db.select().from(user).where(eq(user.id, accepted.userId));
			expect(created).toMatchObject({ role: 'contributor', cityId: home.id });
			const [assignment] = await app.db
				.select()
				.from(sectionAssignments)
				.where(
					and(eq(sectionAssignments.responseId, responseId), eq(sectionAssignments.sectionId, 'employer'))
				);
			expect(assignment?.assigneeId).toBe(accepted.userId);
			const entries = await app.db
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.action, 'section.assigned'), eq(auditLog.actorId, coordinator.id)));
			expect(entries.map((entry) => entry.after)).toContainEqual({
				sectionId: 'employer',
				assigneeId: accepted.userId
			});
		});

		it('mails a contributor the link to a section handed to them, once', async () => {
			const person = await buildPerson(app, 'contributor', home.id, 'procurement@oulu.example');
			const notify = { mailer: app.mailer, origin };
			const hand = () =>
				assignSection(app.db, coordinator, { responseId, sectionId: 'buyer', assigneeId: person.id }, notify);
			expect(await hand()).toEqual({ ok: true });
			const mails = await mailsTo('procurement@oulu.example');
			expect(mails).toHaveLength(1);
			expect(mails[0]?.subject).toBe('A section of the Integrating Cities questionnaire is handed to you');
			expect(mails[0]?.text).toContain(`${origin}/respond/${cycleSlug}/buyer`);
			expect(mails[0]?.text).toContain('Oulu');
			// Saving the same choice again is no new hand-over.
			expect(await hand()).toEqual({ ok: true });
			expect(await mailsTo('procurement@oulu.example')).toHaveLength(1);
		});
	});

	describe('a cycle invitation reaches coordinators who have not accepted yet', () => {
		it('mails the invited address, says so, and says whether the answers become public', async () => {
			const secretariat = await actorOf((await buildPerson(app, 'secretariat')).id);
			const { currentQuestionnaire } = await import('$lib/domain/questionnaire/charter-questionnaire');
			const cycle = await buildCycle(app, {
				status: 'open',
				periodStart: '2026-07-01',
				periodEnd: '2028-06-30',
				questionnaireVersion: currentQuestionnaire.version,
				questionnaire: currentQuestionnaire,
				cityAnswersPublic: true
			});
			const pendingCity = await buildCity(app, { name: 'Vaasa' });
			const nobodyCity = await buildCity(app, { name: 'Pori' });
			await invitePerson(deps(), secretariat.id, {
				email: 'new.coordinator@vaasa.example',
				name: 'New Coordinator',
				role: 'coordinator',
				cityId: pendingCity.id
			});
			const result = await inviteCities(deps(), secretariat, cycle.id, [pendingCity.id, nobodyCity.id]);
			expect(result).toMatchObject({ ok: true, mailsSent: 1 });
			if (!result.ok) return;
			expect(result.pendingCoordinator.map((city) => city.name)).toEqual(['Vaasa']);
			expect(result.withoutCoordinator.map((city) => city.name)).toEqual(['Pori']);
			const mails = await mailsTo('new.coordinator@vaasa.example');
			const cycleMail = mails.find((mail) => mail.text.includes(`/respond/${cycle.slug}`));
			expect(cycleMail?.text).toContain('your city’s answers will be public');
			expect(cycleMail?.text).toContain('Your account is not set up yet');

			// A cycle that keeps answers with the secretariat says that instead.
			await app.db.update(cycles).set({ cityAnswersPublic: false }).where(eq(cycles.id, cycle.id));
			const later = await buildCity(app, { name: 'Lahti' });
			const lahti = await buildPerson(app, 'coordinator', later.id, 'coordinator@lahti.example');
			expect(lahti.id).toBeTruthy();
			await inviteCities(deps(), secretariat, cycle.id, [later.id]);
			const [privateMail] = await mailsTo('coordinator@lahti.example');
			expect(privateMail?.text).toContain('answers stay with the Eurocities secretariat');
			expect(privateMail?.text).not.toContain('will be public');
			expect(privateMail?.text).not.toContain('not set up yet');
		});
	});
});
