import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProgressFilter } from '$lib/domain/progress/filters';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import { requiredTally } from '$lib/domain/questionnaire/validate';
import type { AppContext } from '$lib/server/app';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { cycles } from '$lib/server/db/schema';
import { cycleProgress } from '$lib/server/reads/cycle-progress';
import { load } from '../../src/routes/admin/cycles/[cycle]/+page.server';
import {
	buildCity,
	buildCycle,
	buildCycleResponse,
	buildOpenCycle,
	buildPerson
} from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const filter = (query = '') => parseProgressFilter(new URLSearchParams(query));

describe(`the progress page of a cycle on ${driverUnderTest}`, () => {
	let app: AppContext;
	let slug: string;
	let requiredWhenEmpty: number;
	let bergenPerson: string;
	let helsinkiPerson: string;
	const progress = async (query = '') => {
		const result = await cycleProgress(app.db, slug, filter(query));
		if (!result) throw new Error('cycle not found');
		return result;
	};
	const names = async (query: string) => (await progress(query)).rows.map((row) => row.cityName);

	beforeAll(async () => {
		app = await createTestApp();
		requiredWhenEmpty = requiredTally(
			currentQuestionnaire,
			{},
			{ cycleStartYear: 2024, cycleEndYear: 2026 }
		).required;
		const cycle = await buildOpenCycle(app);
		slug = cycle.slug;
		const city = (name: string, countryCode: string) => buildCity(app, { name, countryCode });
		const [aarhus, bergen, cork, dublin, espoo, helsinki, oslo] = await Promise.all([
			city('Aarhus', 'DK'),
			city('Bergen', 'NO'),
			city('Cork', 'IE'),
			city('Dublin', 'IE'),
			city('Espoo', 'FI'),
			city('Helsinki', 'FI'),
			city('Oslo', 'NO')
		]);
		const bergenCoordinator = await buildPerson(app, 'coordinator', bergen.id);
		bergenPerson = `Person ${bergenCoordinator.email}`;
		const at = (iso: string) => new Date(iso);
		await buildCycleResponse(app, cycle.id, aarhus.id);
		await buildCycleResponse(app, cycle.id, bergen.id, {
			state: 'in_progress',
			requiredDone: 5,
			requiredTotal: 20,
			lastActivityAt: at('2026-02-10T09:00:00Z'),
			lastActivityBy: bergenCoordinator.id
		});
		await buildCycleResponse(app, cycle.id, cork.id, {
			state: 'submitted',
			requiredDone: 20,
			requiredTotal: 20,
			lastActivityAt: at('2026-02-01T09:00:00Z'),
			submittedAt: at('2026-02-01T09:00:00Z')
		});
		await buildCycleResponse(app, cycle.id, dublin.id, {
			state: 'returned',
			requiredDone: 19,
			requiredTotal: 20,
			lastActivityAt: at('2026-02-05T09:00:00Z'),
			submittedAt: at('2026-01-20T09:00:00Z')
		});
		await buildCycleResponse(app, cycle.id, espoo.id, {
			state: 'accepted',
			requiredDone: 21,
			requiredTotal: 21,
			extendedTo: '2099-05-15',
			lastActivityAt: at('2026-01-15T09:00:00Z'),
			submittedAt: at('2026-01-14T09:00:00Z')
		});
		// Helsinki starts invited and answers one item through the real command, as a coordinator would.
		const helsinkiResponse = await buildCycleResponse(app, cycle.id, helsinki.id);
		const helsinkiCoordinator = await buildPerson(app, 'coordinator', helsinki.id);
		helsinkiPerson = `Person ${helsinkiCoordinator.email}`;
		const saved = await saveAnswer(
			app.db,
			{ id: helsinkiCoordinator.id, role: 'coordinator', cityId: helsinki.id },
			{
				responseId: helsinkiResponse.id,
				itemId: 'c1-rating',
				value: { rating: 'fully', evidence: 'An anti-discrimination campaign by the mayor' },
				baseRevision: 0
			}
		);
		expect(saved).toMatchObject({ ok: true });

		// Oslo answers another cycle only: it must never show on this cycle's page.
		const other = await buildCycle(app, { status: 'open' });
		await buildCycleResponse(app, other.id, oslo.id, { state: 'submitted', extendedTo: '2099-01-01' });
		await buildCycleResponse(app, other.id, aarhus.id, { state: 'accepted' });
	});
	afterAll(async () => app.close());

	it('lists every invited city of the cycle by name, with its state, and no city of another cycle', async () => {
		const { rows } = await progress();
		expect(rows.map((row) => [row.cityName, row.state])).toEqual([
			['Aarhus', 'not_started'],
			['Bergen', 'in_progress'],
			['Cork', 'submitted'],
			['Dublin', 'returned'],
			['Espoo', 'accepted'],
			['Helsinki', 'in_progress']
		]);
	});

	it('gives the share of required items done, and counts a never-saved response against the questionnaire', async () => {
		const rows = new Map((await progress()).rows.map((row) => [row.cityName, row]));
		expect(requiredWhenEmpty).toBeGreaterThan(0);
		expect(rows.get('Aarhus')?.percentDone).toBe(0);
		expect(rows.get('Bergen')?.percentDone).toBe(25);
		expect(rows.get('Dublin')?.percentDone).toBe(95);
		expect(rows.get('Espoo')?.percentDone).toBe(100);
		const helsinki = rows.get('Helsinki');
		expect(helsinki?.requiredDone).toBe(1);
		expect(helsinki?.percentDone).toBe(Math.floor((1 / (helsinki?.requiredTotal ?? 0)) * 100));
	});

	it('shows who was last active and when, the deadline with any extension, and the submission date', async () => {
		const rows = new Map((await progress()).rows.map((row) => [row.cityName, row]));
		expect(rows.get('Bergen')).toMatchObject({
			lastActivityBy: bergenPerson,
			lastActivityAt: new Date('2026-02-10T09:00:00Z'),
			deadline: '2099-03-31',
			extended: false,
			submittedAt: null
		});
		expect(rows.get('Helsinki')?.lastActivityBy).toBe(helsinkiPerson);
		expect(rows.get('Aarhus')).toMatchObject({ lastActivityAt: null, lastActivityBy: null });
		expect(rows.get('Espoo')).toMatchObject({
			deadline: '2099-05-15',
			extended: true,
			submittedAt: new Date('2026-01-14T09:00:00Z')
		});
	});

	it('adds up the cities per state, handed in and extended, over the whole cycle whatever the filter', async () => {
		const { totals, countries } = await progress('country=IE');
		expect(totals).toEqual({
			total: 6,
			byState: { not_started: 1, in_progress: 2, submitted: 1, returned: 1, accepted: 1 },
			handedIn: 2,
			withExtension: 1
		});
		expect(countries).toEqual(['DK', 'FI', 'IE', 'NO']);
	});

	it('filters by state and by country, together or apart, to exactly the matching cities', async () => {
		expect(await names('state=returned')).toEqual(['Dublin']);
		expect(await names('state=not_started')).toEqual(['Aarhus']);
		expect(await names('state=in_progress')).toEqual(['Bergen', 'Helsinki']);
		expect(await names('country=FI')).toEqual(['Espoo', 'Helsinki']);
		expect(await names('country=NO')).toEqual(['Bergen']);
		expect(await names('state=submitted&country=FI')).toEqual([]);
	});

	it('sorts by last activity, latest first, cities without activity last', async () => {
		const latestFirst = await names('sort=activity');
		expect(latestFirst.slice(0, 1)).toEqual(['Helsinki']);
		expect(latestFirst.slice(1)).toEqual(['Bergen', 'Dublin', 'Cork', 'Espoo', 'Aarhus']);
	});

	it('pages the table, keeping the filter and the sort, and every city is on exactly one page', async () => {
		const pageOf = async (query: string) => {
			const result = await cycleProgress(app.db, slug, filter(query), 2);
			return { names: result?.rows.map((row) => row.cityName), paging: result?.paging };
		};
		const pages = await Promise.all(['page=1', 'page=2', 'page=3'].map(pageOf));
		expect(pages.map((page) => page.names)).toEqual([
			['Aarhus', 'Bergen'],
			['Cork', 'Dublin'],
			['Espoo', 'Helsinki']
		]);
		expect(pages[1]?.paging).toMatchObject({ page: 2, pages: 3, first: 3, last: 4, total: 6 });
		const latest = await pageOf('sort=activity&page=2');
		expect(latest.names).toEqual(['Dublin', 'Cork']);
		const inProgress = await pageOf('state=in_progress&page=1');
		expect(inProgress).toMatchObject({ names: ['Bergen', 'Helsinki'], paging: { pages: 1, total: 2 } });
		// An old link past the end shows the last page rather than an empty table.
		const beyond = await pageOf('country=IE&page=9');
		expect(beyond).toMatchObject({ names: ['Cork', 'Dublin'], paging: { page: 1, pages: 1 } });
	});

	it('answers 404 for an unknown cycle and 403 for a city person, through the page itself', async () => {
		expect(await cycleProgress(app.db, 'no-such-cycle', filter())).toBeNull();
		const secretariat = { id: 's', name: 'S', email: 's@x', role: 'secretariat' as const, cityId: null };
		const request = (path: string, user: SignedInUser) =>
			load({
				locals: { app, locale: 'en', user },
				params: { cycle: new URL(`http://localhost${path}`).pathname.split('/')[3] },
				url: new URL(`http://localhost${path}`)
			} as unknown as Parameters<typeof load>[0]);
		await expect(request('/admin/cycles/no-such-cycle', secretariat)).rejects.toMatchObject({
			status: 404
		});
		await expect(
			request(`/admin/cycles/${slug}`, { ...secretariat, role: 'coordinator', cityId: 1 })
		).rejects.toMatchObject({ status: 403 });
		const page = (await request(`/admin/cycles/${slug}?state=accepted`, secretariat)) as {
			rows: { value: { cityName: string }[] };
		};
		expect(page.rows.value.map((row) => row.cityName)).toEqual(['Espoo']);
	});

	it('counts a never-saved response against the questionnaire as it is now, right after the snapshot changes', async () => {
		const aarhus = async () => (await progress()).rows.find((row) => row.cityName === 'Aarhus');
		const before = await progress();
		expect(before.cycle.requiredWhenEmpty).toBe(requiredWhenEmpty);
		// Every required item of the first section made optional, as an edit of the snapshot would.
		const first = currentQuestionnaire.sections[0]!;
		const loosened = first.items.filter((item) => item.required).length;
		expect(loosened).toBeGreaterThan(0);
		const edited = {
			...currentQuestionnaire,
			sections: [
				{ ...first, items: first.items.map((item) => ({ ...item, required: false })) },
				...currentQuestionnaire.sections.slice(1)
			]
		};
		const stillRequired = requiredTally(edited, {}, { cycleStartYear: 2024, cycleEndYear: 2026 }).required;
		expect(stillRequired).toBeLessThan(requiredWhenEmpty);
		await app.db.update(cycles).set({ questionnaire: edited }).where(eq(cycles.slug, slug));
		expect((await progress()).cycle.requiredWhenEmpty).toBe(stillRequired);
		expect((await aarhus())?.percentDone).toBe(0);
		await app.db.update(cycles).set({ questionnaire: currentQuestionnaire }).where(eq(cycles.slug, slug));
		expect((await progress()).cycle.requiredWhenEmpty).toBe(requiredWhenEmpty);
	});
});
