import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import type { AppContext } from '$lib/server/app';
import { acceptResponses } from '$lib/server/commands/accept-responses';
import { writeQuery } from '$lib/server/commands/write-query';
import { auditLog, outbox, responses } from '$lib/server/db/schema';
import {
	actions as cycleActions,
	load as cyclePage
} from '../../src/routes/admin/cycles/[cycle]/+page.server';
import { buildCity, buildCycle, buildCycleResponse, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type Person = {
	id: string;
	email: string;
	name: string;
	role: 'secretariat' | 'coordinator';
	cityId: number | null;
};

/**
 * Accepting several submitted responses at once, from the cycle's page: a confirmation lists what will be
 * accepted and what cannot be; each acceptance is then made, checked and audited on its own, so one that
 * cannot be accepted is refused with its reason while the others are accepted.
 */
describe(`accepting several responses at once on ${driverUnderTest}`, () => {
	let app: AppContext;
	let secretariat: Person;
	let coordinator: Person;
	let cycleSlug: string;
	const ids: Record<string, number> = {};

	const event = (person: Person, search: string, body?: FormData) => {
		const url = new URL(`http://localhost:4173/admin/cycles/${cycleSlug}${search}`);
		return {
			locals: { app, locale: 'en', user: person },
			params: { cycle: cycleSlug },
			url,
			request: new Request(url, { method: body ? 'POST' : 'GET', body })
		} as never;
	};
	const stateOf = async (slug: string) =>
		(await app.db.select({ state: responses.state }).from(responses).where(eq(responses.id, ids[slug]!)))[0]
			?.state;

	beforeAll(async () => {
		app = await createTestApp();
		const built = await buildPerson(app, 'secretariat');
		secretariat = { ...built, name: `Person ${built.email}`, role: 'secretariat', cityId: null };
		const cycle = await buildCycle(app, {
			status: 'open',
			periodStart: '2024-07-01',
			periodEnd: '2026-06-30',
			questionnaireVersion: currentQuestionnaire.version,
			questionnaire: currentQuestionnaire
		});
		cycleSlug = cycle.slug;
		for (const [slug, name, state] of [
			['aarhus', 'Aarhus', 'submitted'],
			['bergen', 'Bergen', 'submitted'],
			['cork', 'Cork', 'in_progress'],
			['dublin', 'Dublin', 'submitted']
		] as const) {
			const city = await buildCity(app, { slug, name });
			ids[slug] = (await buildCycleResponse(app, cycle.id, city.id, { state, submittedAt: new Date() })).id;
			if (slug === 'aarhus') {
				const person = await buildPerson(app, 'coordinator', city.id);
				coordinator = { ...person, name: `Person ${person.email}`, role: 'coordinator', cityId: city.id };
			}
		}
		// Bergen has a query written and never sent: accepting it would drop the query silently.
		const drafted = await writeQuery(app.db, secretariat, {
			responseId: ids.bergen!,
			itemId: 'c1-rating',
			body: 'Which department runs this?'
		});
		expect(drafted.ok).toBe(true);
	}, 120_000);

	afterAll(async () => {
		await app?.close();
	});

	it('lists what will be accepted and what cannot be, before anything changes', async () => {
		const page = (await cyclePage(
			event(secretariat, '?bulkAccept=1&accept=dublin&accept=bergen&accept=cork&accept=aarhus&accept=nowhere')
		)) as { acceptPreview: { citySlug: string; refused: string | null }[] };
		expect(page.acceptPreview.map(({ citySlug, refused }) => [citySlug, refused])).toEqual([
			['aarhus', null],
			['bergen', 'unsent_queries'],
			['cork', 'not_submitted'],
			['dublin', null],
			['nowhere', 'not_found']
		]);
		expect(await stateOf('aarhus')).toBe('submitted');
		expect(await stateOf('dublin')).toBe('submitted');
	});

	it('accepts the acceptable ones, each audited and told by e-mail, and refuses the rest with reasons', async () => {
		const form = new FormData();
		for (const slug of ['aarhus', 'bergen', 'cork', 'dublin']) form.append('city', slug);
		const result = (await cycleActions.accept!(event(secretariat, '?/accept', form))) as {
			bulk: { accepted: { citySlug: string }[]; refused: { citySlug: string; reason: string }[] };
		};
		expect(result.bulk.accepted.map((row) => row.citySlug)).toEqual(['aarhus', 'dublin']);
		expect(result.bulk.refused).toEqual([
			{ citySlug: 'bergen', cityName: 'Bergen', reason: 'unsent_queries' },
			{ citySlug: 'cork', cityName: 'Cork', reason: 'not_submitted' }
		]);
		expect(await stateOf('aarhus')).toBe('accepted');
		expect(await stateOf('dublin')).toBe('accepted');
		expect(await stateOf('bergen')).toBe('submitted');
		expect(await stateOf('cork')).toBe('in_progress');

		const audited = await app.db
			.select({ subjectId: auditLog.subjectId, actorId: auditLog.actorId, before: auditLog.before })
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'response.accepted'),
					inArray(auditLog.subjectId, Object.values(ids).map(String))
				)
			)
			.orderBy(asc(auditLog.id));
		expect(audited).toEqual([
			{ subjectId: String(ids.aarhus), actorId: secretariat.id, before: { state: 'submitted' } },
			{ subjectId: String(ids.dublin), actorId: secretariat.id, before: { state: 'submitted' } }
		]);
		const mails = await app.db.select().from(outbox).where(eq(outbox.to, coordinator.email));
		expect(mails).toHaveLength(1);
	});

	it('refuses a response accepted meanwhile, and accepts nothing for anyone but the secretariat', async () => {
		const again = await acceptResponses(
			{ db: app.db, mailer: app.mailer, origin: 'http://localhost:4173' },
			secretariat,
			cycleSlug,
			['aarhus']
		);
		expect(again).toEqual({
			accepted: [],
			refused: [{ citySlug: 'aarhus', cityName: 'Aarhus', reason: 'not_submitted' }]
		});
		await app.db.update(responses).set({ state: 'submitted' }).where(eq(responses.id, ids.aarhus!));
		const byCity = await acceptResponses(
			{ db: app.db, mailer: app.mailer, origin: 'http://localhost:4173' },
			coordinator,
			cycleSlug,
			['aarhus']
		);
		expect(byCity.accepted).toEqual([]);
		expect(byCity.refused[0]?.reason).toBe('forbidden');
		expect(await stateOf('aarhus')).toBe('submitted');
	});

	it('asks for at least one response', async () => {
		const result = await cycleActions.accept!(event(secretariat, '?/accept', new FormData()));
		expect(result).toMatchObject({
			status: 422,
			data: { bulkError: 'No response was chosen. Tick the submitted responses to accept in the table.' }
		});
	});
});
