import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeSincePrevious, commitmentResults } from '$lib/domain/analysis';
import type { AppContext } from '$lib/server/app';
import { responses } from '$lib/server/db/schema';
import { cycleResultsForSecretariat } from '$lib/server/reads/cycle-results';
import { load as loadIndicators } from '../../src/routes/admin/cycles/[cycle]/analysis/indicators/+page.server';
import { load as loadRatings } from '../../src/routes/admin/cycles/[cycle]/analysis/+page.server';
import { load as loadTexts } from '../../src/routes/admin/cycles/[cycle]/analysis/texts/+page.server';
import { buildCity, buildCycle, buildAnsweredResponse, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type State = (typeof responses.$inferInsert)['state'];
const secretariat = { id: 's', name: 'S', email: 's@x', role: 'secretariat' as const, cityId: null };

describe(`the analysis pages on ${driverUnderTest}`, () => {
	let app: AppContext;
	// Calls a page's load as SvelteKit would for this path, signed in as `user`.
	const event = (path: string, user: unknown) => {
		const url = new URL(`http://localhost${path}`);
		return {
			locals: { app, locale: 'en', user },
			params: { cycle: url.pathname.split('/')[3] },
			url
		} as never;
	};
	type Page<L extends (...args: never[]) => unknown> = Exclude<Awaited<ReturnType<L>>, void>;
	const ratingsPage = async (path: string, user: unknown = secretariat) =>
		(await loadRatings(event(path, user))) as Page<typeof loadRatings>;
	const indicatorsPage = async (path: string) =>
		(await loadIndicators(event(path, secretariat))) as Page<typeof loadIndicators>;
	const textsPage = async (path: string) =>
		(await loadTexts(event(path, secretariat))) as Page<typeof loadTexts>;

	beforeAll(async () => {
		app = await createTestApp();
		const previous = await buildCycle(app, {
			slug: 'a-2016',
			name: 'Survey 2016',
			periodStart: '2016-07-01',
			periodEnd: '2018-06-30'
		});
		// The current cycle is still open: the secretariat analyses it before publication.
		const current = await buildCycle(app, { slug: 'a-2018', name: 'Survey 2018', status: 'open' });
		const city = (name: string, overrides: Parameters<typeof buildCity>[1]) =>
			buildCity(app, { slug: `a-${name.toLowerCase()}`, name, ...overrides });
		const oslo = await city('Oslo', { countryCode: 'NO', population: 709_000 });
		const oulu = await city('Oulu', { countryCode: 'FI', population: 214_000 });
		const brno = await city('Brno', { countryCode: 'CZ', population: 400_000, signedOn: null });
		const espoo = await city('Espoo', { countryCode: 'FI', population: 300_000 });
		const drafting = await city('Drafting', { countryCode: 'FI', population: 300_000 });

		const respond = (cycleId: number, cityId: number, state: State, values: Record<string, unknown>) =>
			buildAnsweredResponse(app, cycleId, cityId, state, values);
		await respond(current.id, oslo.id, 'accepted', {
			'c1-rating': rating('fully', 'OXLO campaign <b>bold</b>'),
			'c1-examples': 'Anonymous recruitment pilot',
			'c9-rating': rating('partly')
		});
		await respond(current.id, oulu.id, 'accepted', { 'c1-rating': rating('partly') });
		await respond(current.id, brno.id, 'accepted', { 'c1-rating': rating('not_at_all') });
		await respond(current.id, espoo.id, 'submitted', {
			'c1-rating': rating('fully'),
			'foreign-born-share': {
				value: 16.5,
				year: 2019,
				source: 'Espoo statistics',
				definition: 'foreign_born',
				differentDataSet: false,
				nationalOnly: true
			}
		});
		await respond(current.id, drafting.id, 'in_progress', { 'c1-rating': rating('not_at_all') });

		await respond(previous.id, oslo.id, 'accepted', { 'c1-rating': rating('partly') });
		await respond(previous.id, oulu.id, 'accepted', { 'c1-rating': rating('partly') });
		await respond(previous.id, brno.id, 'accepted', { 'c1-rating': rating('fully') });
	});
	afterAll(async () => app.close());

	it('shows the counts the aggregation gives, for an unpublished cycle', async () => {
		const page = await ratingsPage('/admin/cycles/a-2018/analysis');
		const results = await cycleResultsForSecretariat(app.db, 'a-2018');
		const expected = commitmentResults(results!.cities);
		const shown = page.roles.flatMap((role) => role.commitments);
		expect(shown.map((row) => row.counts)).toEqual(expected.map((row) => row.counts));
		// The in-progress response does not count.
		expect(shown[0]!.counts).toEqual({ fully: 2, partly: 1, not_at_all: 1, answered: 4, noAnswer: 0 });
		expect(shown[0]!.shares).toEqual({ fully: 50, partly: 25, not_at_all: 25 });
		expect(page.header).toMatchObject({ shown: 4, total: 4, filtered: false, illustrative: false });
		expect(page.roles.map((role) => role.name)).toEqual([
			'Policy maker',
			'Service provider',
			'Employer',
			'Buyer of goods and services'
		]);
		expect(page.roles[0]!.svg).toContain('Commitment 1: 2 fully, 1 partly, 1 not at all, 0 no answer');
	});

	it('gives the response rate of this cycle and of the previous one', async () => {
		const page = await ratingsPage('/admin/cycles/a-2018/analysis');
		expect(page.rates.current).toMatchObject({
			name: '2018–2020',
			invited: 5,
			responding: 4,
			ofInvited: 0.8
		});
		expect(page.rates.previous).toMatchObject({ name: '2016–2018', responding: 3 });
	});

	it('compares with the previous published cycle, city by city', async () => {
		const page = await ratingsPage('/admin/cycles/a-2018/analysis');
		const first = page.change!.changes[0]!;
		// Oslo partly → fully, Oulu partly → partly, Brno fully → not at all; Espoo did not answer before.
		expect(first).toMatchObject({ compared: 3, better: 1, same: 1, worse: 1 });
		expect(first.matrix.partly.fully).toBe(1);
		expect(first.matrix.fully.not_at_all).toBe(1);
		const results = await cycleResultsForSecretariat(app.db, 'a-2018');
		const before = await cycleResultsForSecretariat(app.db, 'a-2016');
		expect(page.change!.changes).toEqual(changeSincePrevious(before!.cities, results!.cities));
		expect(page.change!.svg).toContain('Commitment 1: 1 better, 1 same, 1 worse');
	});

	it('filters by country, size band and signatory through the URL', async () => {
		const counts = async (query: string) => {
			const page = await ratingsPage(`/admin/cycles/a-2018/analysis?${query}`);
			return { shown: page.header.shown, c1: page.roles[0]!.commitments[0]!.counts };
		};
		expect(await counts('country=FI')).toMatchObject({ shown: 2, c1: { fully: 1, partly: 1 } });
		expect(await counts('size=250k_500k')).toMatchObject({ shown: 2, c1: { fully: 1, not_at_all: 1 } });
		expect(await counts('signatory=no')).toMatchObject({ shown: 1, c1: { not_at_all: 1 } });
		expect(await counts('country=FI&signatory=no')).toMatchObject({ shown: 0 });
		// Nonsense in the URL means no filter, not an error.
		expect(await counts('country=<x>&size=huge&signatory=maybe')).toMatchObject({ shown: 4 });
		const page = await ratingsPage('/admin/cycles/a-2018/analysis');
		expect(page.header.choices).toEqual({
			countries: ['CZ', 'FI', 'NO'],
			sizeBands: ['under_250k', '250k_500k', '500k_1m']
		});
	});

	it('draws each indicator with its marks and notes', async () => {
		const page = await indicatorsPage('/admin/cycles/a-2018/analysis/indicators');
		expect(page.chosen).toEqual({
			id: 'foreign-born-share',
			name: 'Residents born abroad, as a share of the population'
		});
		expect(page.series!.points.map((point) => [point.cityName, point.marks])).toEqual([['Espoo', ['†']]]);
		expect(page.footnotes).toEqual([
			{ mark: '†', text: 'A national figure: none exists for the city itself.' }
		]);
		expect(page.svg).toContain('Espoo †');
	});

	it('lists what the cities wrote about one commitment', async () => {
		const page = await textsPage('/admin/cycles/a-2018/analysis/texts?commitment=1');
		expect(page.texts).toEqual([
			expect.objectContaining({
				cityName: 'Oslo',
				rating: 'fully',
				evidence: 'OXLO campaign <b>bold</b>',
				examples: 'Anonymous recruitment pilot'
			})
		]);
		const none = await textsPage('/admin/cycles/a-2018/analysis/texts?commitment=9');
		expect(none.commitment).toBe(9);
		expect(none.texts).toEqual([]);
	});

	it('is the secretariat’s only: 403 for a city person, 404 for an unknown cycle', async () => {
		const coordinator = { ...secretariat, role: 'coordinator' as const, cityId: 1 };
		await expect(ratingsPage('/admin/cycles/a-2018/analysis', coordinator)).rejects.toMatchObject({
			status: 403
		});
		await expect(textsPage('/admin/cycles/nothing/analysis/texts')).rejects.toMatchObject({
			status: 404
		});
	});
});
