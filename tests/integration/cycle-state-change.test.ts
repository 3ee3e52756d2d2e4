import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import type { AppContext } from '$lib/server/app';
import { auditLog, cycles, responses } from '$lib/server/db/schema';
import {
	actions as cycleActions,
	load as cyclePage
} from '../../src/routes/admin/cycles/[cycle]/+page.server';
import { actions as checkActions } from '../../src/routes/respond/[cycle]/check/+page.server';
import { buildCity, buildCycle, buildCycleResponse, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type Person = {
	id: string;
	email: string;
	name: string;
	role: 'secretariat' | 'coordinator';
	cityId: number | null;
};

/** Opening and closing a cycle from its page, and a city's submission, each go through a confirmation. */
describe(`state changes after a confirmation on ${driverUnderTest}`, () => {
	let app: AppContext;
	let secretariat: Person;
	let coordinator: Person;
	let cycle: Awaited<ReturnType<typeof buildCycle>>;
	let responseId: number;

	const event = (
		person: Person,
		path: string,
		search: string,
		params: Record<string, string>,
		body?: FormData
	) => {
		const url = new URL(`http://localhost:4173${path}${search}`);
		return {
			locals: { app, locale: 'en', user: person },
			params,
			url,
			request: new Request(url, { method: body ? 'POST' : 'GET', body })
		} as never;
	};
	const onCycle = (search: string, body?: FormData) =>
		event(secretariat, `/admin/cycles/${cycle.slug}`, search, { cycle: cycle.slug }, body);
	const transition = (from: string, to: string) => {
		const form = new FormData();
		form.set('from', from);
		form.set('to', to);
		return cycleActions.transition!(onCycle('?/transition', form));
	};

	beforeAll(async () => {
		app = await createTestApp();
		const built = await buildPerson(app, 'secretariat');
		secretariat = { ...built, name: 'Secretariat', role: 'secretariat', cityId: null };
		cycle = await buildCycle(app, {
			status: 'draft',
			periodStart: '2026-07-01',
			periodEnd: '2028-06-30',
			deadline: '2099-01-31',
			questionnaireVersion: currentQuestionnaire.version,
			questionnaire: currentQuestionnaire
		});
		const lyon = await buildCity(app, { name: 'Lyon' });
		const bergen = await buildCity(app, { name: 'Bergen' });
		const aarhus = await buildCity(app, { name: 'Aarhus' });
		responseId = (await buildCycleResponse(app, cycle.id, lyon.id, { state: 'in_progress' })).id;
		await buildCycleResponse(app, cycle.id, bergen.id, { state: 'invited' });
		await buildCycleResponse(app, cycle.id, aarhus.id, { state: 'submitted' });
		const person = await buildPerson(app, 'coordinator', lyon.id);
		coordinator = { ...person, name: 'Coordinator', role: 'coordinator', cityId: lyon.id };
	}, 120_000);

	afterAll(async () => {
		await app?.close();
	});

	it('shows what opening does only when asked, and only the next step', async () => {
		const plain = (await cyclePage(onCycle(''))) as { stateChange: unknown; nextStatus: string };
		expect(plain).toMatchObject({ stateChange: null, nextStatus: 'open' });
		const skipping = (await cyclePage(onCycle('?confirm=closed'))) as { stateChange: unknown };
		expect(skipping.stateChange).toBeNull();
		const asked = (await cyclePage(onCycle('?confirm=open'))) as { stateChange: unknown };
		expect(asked.stateChange).toEqual({ to: 'open', invited: 3, notSubmitted: ['Bergen', 'Lyon'] });
		const [stored] = await app.db
			.select({ status: cycles.status })
			.from(cycles)
			.where(eq(cycles.id, cycle.id));
		expect(stored?.status).toBe('draft');
	});

	it('opens and closes from the confirmation, audited, and refuses a change from an out-of-date page', async () => {
		expect(await transition('draft', 'open')).toEqual({ transitioned: 'open' });
		const closing = (await cyclePage(onCycle('?confirm=closed'))) as { stateChange: unknown };
		expect(closing.stateChange).toEqual({ to: 'closed', invited: 3, notSubmitted: ['Bergen', 'Lyon'] });
		expect(await transition('draft', 'open')).toMatchObject({ status: 409 });
		expect(await transition('open', 'published')).toMatchObject({ status: 409 });
		expect(await transition('open', 'closed')).toEqual({ transitioned: 'closed' });
		const audited = await app.db
			.select({ action: auditLog.action, actorId: auditLog.actorId })
			.from(auditLog)
			.where(and(eq(auditLog.subjectType, 'cycle'), eq(auditLog.subjectId, String(cycle.id))));
		expect(audited).toEqual([
			{ action: 'cycle.opened', actorId: secretariat.id },
			{ action: 'cycle.closed', actorId: secretariat.id }
		]);
	});

	it('sends a city’s submission without the confirmation back to the confirmation', async () => {
		await app.db.update(cycles).set({ status: 'open' }).where(eq(cycles.id, cycle.id));
		const path = `/respond/${cycle.slug}/check`;
		await expect(
			checkActions.submit!(event(coordinator, path, '?/submit', { cycle: cycle.slug }, new FormData()))
		).rejects.toMatchObject({ status: 303, location: `${path}?confirm=submit#confirm-submit` });
		const [stored] = await app.db
			.select({ state: responses.state })
			.from(responses)
			.where(eq(responses.id, responseId));
		expect(stored?.state).toBe('in_progress');
	});
});
