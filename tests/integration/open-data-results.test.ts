import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitmentResults, roleResults } from '$lib/domain/analysis';
import type { AppContext } from '$lib/server/app';
import { openApiDocument } from '$lib/server/api/openapi';
import { resultsPaths, resultsSchemas } from '$lib/server/api/openapi-results';
import { responses } from '$lib/server/db/schema';
import { publishedCycleResults } from '$lib/server/public/cycle-results';
import { GET as city } from '../../src/routes/api/v1/cities/[slug]/+server';
import { GET as indicators } from '../../src/routes/api/v1/cycles/[slug]/indicators/+server';
import { GET as results } from '../../src/routes/api/v1/cycles/[slug]/results/+server';
import { GET as cycles } from '../../src/routes/api/v1/cycles/+server';
import { GET as openapi } from '../../src/routes/api/v1/openapi.json/+server';
import { load as loadProfile } from '../../src/routes/cities/[slug]/+page.server';
import { callApi, schemaChecker } from '../factories/api';
import { buildCity, buildCycle, buildAnsweredResponse, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type State = (typeof responses.$inferInsert)['state'];
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const figure = (value: number, year: number, extra: Record<string, unknown> = {}) => ({
	value,
	year,
	source: 'City statistics',
	definition: 'foreign_born',
	differentDataSet: false,
	nationalOnly: false,
	...extra
});
const unpublished = ['r-draft', 'r-open', 'r-closed'];

describe(`results and indicators of the open data API on ${driverUnderTest}`, () => {
	let app: AppContext;
	const check = schemaChecker(openApiDocument(resultsPaths, resultsSchemas));
	const get = (handler: Parameters<typeof callApi>[1], path: string) =>
		callApi(app, handler, path, { slug: path.split('/')[4]! }) as Promise<{ status: number; body: Body }>;

	beforeAll(async () => {
		app = await createTestApp();
		const cycle = (slug: string, start: string, extra: Parameters<typeof buildCycle>[1] = {}) =>
			buildCycle(app, { slug, name: `Cycle ${slug}`, periodStart: start, periodEnd: start, ...extra });
		const previous = await cycle('r-2016', '2016-07-01');
		// Only aggregates public (the default), then a cycle that published each city's answers.
		const aggregated = await cycle('r-2018', '2018-07-01');
		const open = await cycle('r-2020', '2020-07-01', { cityAnswersPublic: true });
		// Unpublished cycles, one of them between the two published ones, with submitted answers.
		const hidden = await Promise.all([
			cycle('r-draft', '2022-07-01', { status: 'draft', cityAnswersPublic: true }),
			cycle('r-open', '2023-07-01', { status: 'open', cityAnswersPublic: true }),
			cycle('r-closed', '2019-07-01', { status: 'closed', cityAnswersPublic: true })
		]);

		const town = (slug: string, extra: Parameters<typeof buildCity>[1]) =>
			buildCity(app, { slug, name: slug[0]!.toUpperCase() + slug.slice(1), ...extra });
		const oslo = await town('r-oslo', { countryCode: 'NO', population: 709_000 });
		const oulu = await town('r-oulu', { countryCode: 'FI', population: 214_000 });
		const brno = await town('r-brno', { countryCode: 'CZ', population: 400_000, signedOn: null });

		const respond = (cycleId: number, cityId: number, values: Record<string, unknown>, state: State) =>
			buildAnsweredResponse(app, cycleId, cityId, state, values);
		await respond(previous.id, oslo.id, { 'c1-rating': rating('partly') }, 'accepted');
		await respond(
			aggregated.id,
			oslo.id,
			{
				'c1-rating': rating('fully'),
				'c9-rating': rating('partly'),
				'foreign-born-share': figure(28, 2018)
			},
			'accepted'
		);
		await respond(aggregated.id, oulu.id, { 'c1-rating': rating('partly') }, 'accepted');
		await respond(aggregated.id, brno.id, { 'c1-rating': rating('not_at_all') }, 'accepted');
		await respond(
			open.id,
			oslo.id,
			{ 'c1-rating': rating('fully'), 'foreign-born-share': figure(30, 2020) },
			'accepted'
		);
		await respond(
			open.id,
			oulu.id,
			{ 'c1-rating': rating('fully'), 'foreign-born-share': figure(12, 2019) },
			'accepted'
		);
		// What must never leak: Oslo rating commitment 2 "not at all", and a figure of 99.
		for (const { id } of hidden)
			await respond(
				id,
				oslo.id,
				{ 'c2-rating': rating('not_at_all'), 'foreign-born-share': figure(99, 2022) },
				'submitted'
			);
	});
	afterAll(() => app.close());

	it('gives a published cycle’s aggregates as the analysis computes them, and no city’s own answers', async () => {
		const { status, body } = await get(results, '/api/v1/cycles/r-2018/results');
		expect(status).toBe(200);
		expect(check('CycleResults', body)).toEqual([]);
		const domain = (await publishedCycleResults(app.db, 'r-2018'))!;
		expect(body.commitments).toEqual(commitmentResults(domain.cities));
		expect(body.roles.map((role: Body) => role.counts)).toEqual(
			roleResults(domain.cities).map((role) => role.total)
		);
		// Known counts: commitment 1 fully/partly/not at all once each; commitment 9 rated by Oslo only.
		expect(body.commitments[0]).toMatchObject({
			counts: { fully: 1, partly: 1, not_at_all: 1, answered: 3, noAnswer: 0 },
			shares: { fully: 33, partly: 33, not_at_all: 33 }
		});
		expect(body.commitments[8].counts).toMatchObject({ partly: 1, answered: 1, noAnswer: 2 });
		expect(body.participation).toMatchObject({ responding: 3, invited: null });
		expect(body.cycle).toMatchObject({ cityAnswersPublic: false, illustrative: false });
		expect(body.cities).toBeNull();
		// Oslo went from partly to fully on commitment 1 since the previous published cycle.
		expect(body.change.previousCycle.slug).toBe('r-2016');
		expect(body.change.commitments[0]).toMatchObject({ compared: 1, better: 1, same: 0, worse: 0 });
	});

	it('lists each city’s ratings when the cycle made them public, and filters them', async () => {
		const { body } = await get(results, '/api/v1/cycles/r-2020/results');
		expect(check('CycleResults', body)).toEqual([]);
		expect(body.cities.map((c: Body) => c.slug)).toEqual(['r-oslo', 'r-oulu']);
		expect(body.cities[0].ratings).toMatchObject({ 1: 'fully', 2: null });
		// The closed cycle between them is not "the previous cycle": only published ones are.
		expect(body.change.previousCycle.slug).toBe('r-2018');

		const finnish = await get(results, '/api/v1/cycles/r-2020/results?country=FI');
		expect(finnish.body).toMatchObject({ matching: 1, withheld: false, filter: { country: 'FI' } });
		expect(finnish.body.cities.map((c: Body) => c.slug)).toEqual(['r-oulu']);
		expect(finnish.body.commitments[0].counts.fully).toBe(1);
	});

	it('withholds filtered ratings that would single out a city when only aggregates are public', async () => {
		const few = await get(results, '/api/v1/cycles/r-2018/results?signatory=false');
		expect(check('CycleResults', few.body)).toEqual([]);
		expect(few.body).toMatchObject({ matching: 1, withheld: true, commitments: null, roles: null });
		expect(few.body.change).toBeNull();
		const two = await get(results, '/api/v1/cycles/r-2018/results?country=FI&size=under_250k');
		expect(two.status).toBe(400);
		const wrong = await get(results, '/api/v1/cycles/r-2020/results?size=huge&signatory=maybe');
		expect(wrong.status).toBe(400);
		expect(check('Error', wrong.body)).toEqual([]);
		expect(wrong.body.error.issues.map((i: Body) => i.parameter).sort()).toEqual(['signatory', 'size']);
	});

	it('gives indicator figures with their marks only when city answers are public', async () => {
		const aggregated = await get(indicators, '/api/v1/cycles/r-2018/indicators');
		expect(check('IndicatorPage', aggregated.body)).toEqual([]);
		expect(aggregated.body).toMatchObject({ total: 1, limit: 20, offset: 0 });
		expect(aggregated.body.items[0]).toMatchObject({ id: 'foreign-born-share', cities: 1, values: null });

		const open = await get(indicators, '/api/v1/cycles/r-2020/indicators?limit=1');
		expect(check('IndicatorPage', open.body)).toEqual([]);
		const [item] = open.body.items;
		// Years tie 1–1: the latest (2020) is the reference, so Oulu's 2019 figure gets `**`.
		expect(item).toMatchObject({ cities: 2, notComparable: 1, mostCommonYear: 2020 });
		expect(item.values.map((v: Body) => [v.city.slug, v.value, v.marks])).toEqual([
			['r-oslo', 30, []],
			['r-oulu', 12, ['**']]
		]);
		expect(item.footnotes.map((f: Body) => f.mark)).toEqual(['**']);
		expect((await get(indicators, '/api/v1/cycles/r-2020/indicators?limit=0')).status).toBe(400);
	});

	it('never shows an unpublished cycle: not by slug, not in lists, not on the city’s profile', async () => {
		for (const slug of unpublished) {
			for (const handler of [results, indicators]) {
				const path = `/api/v1/cycles/${slug}/${handler === (results as unknown) ? 'results' : 'indicators'}`;
				const answer = await get(handler, path);
				expect(answer.status).toBe(404);
				expect(check('Error', answer.body)).toEqual([]);
			}
		}
		const list = await callApi(app, cycles, '/api/v1/cycles?limit=100');
		const listed = (list.body as { items: { slug: string }[] }).items.map((c) => c.slug);
		expect(listed).toEqual(['r-2016', 'r-2018', 'r-2020']);
		const oslo = await callApi(app, city, '/api/v1/cities/r-oslo', { slug: 'r-oslo' });
		expect((oslo.body as Body).cycles.map((c: Body) => c.slug)).toEqual(['r-2016', 'r-2018', 'r-2020']);

		const event = { locals: { app, locale: 'en', user: null }, params: { slug: 'r-oslo' } } as never;
		const profile = (await loadProfile(event)) as Body;
		expect(profile.ratings.map((c: Body) => [c.slug, c.cityAnswersPublic])).toEqual([
			['r-2016', false],
			['r-2018', false],
			['r-2020', true]
		]);
		expect(profile.ratings.filter((c: Body) => c.ratings).map((c: Body) => c.ratings)).toEqual([
			expect.objectContaining({ 1: 'fully', 2: null })
		]);
		expect(JSON.stringify(profile)).not.toContain('not_at_all');
	});

	it('describes the new endpoints in the OpenAPI document, which stays valid', async () => {
		const { body } = await callApi(app, openapi, '/api/v1/openapi.json');
		const document = body as { paths: Record<string, unknown> };
		expect(Object.keys(document.paths)).toEqual(
			expect.arrayContaining(['/cycles/{slug}/results', '/cycles/{slug}/indicators'])
		);
		const result = await new Validator().validate(body as Parameters<Validator['validate']>[0]);
		expect(result.errors ?? []).toEqual([]);
	});
});
