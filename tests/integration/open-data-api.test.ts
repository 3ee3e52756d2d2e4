import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { openApiDocument } from '$lib/server/api/openapi';
import { GET as city } from '../../src/routes/api/v1/cities/[slug]/+server';
import { GET as cities } from '../../src/routes/api/v1/cities/+server';
import { GET as cycle } from '../../src/routes/api/v1/cycles/[slug]/+server';
import { GET as cycles } from '../../src/routes/api/v1/cycles/+server';
import { GET as openapi } from '../../src/routes/api/v1/openapi.json/+server';
import { GET as practice } from '../../src/routes/api/v1/practices/[slug]/+server';
import { GET as practices } from '../../src/routes/api/v1/practices/+server';
import { callApi, schemaChecker } from '../factories/api';
import { buildCity, buildCycle, buildParticipation, buildPractice } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

describe(`open data API on ${driverUnderTest}`, () => {
	let app: AppContext;
	const check = schemaChecker(openApiDocument());

	beforeAll(async () => {
		app = await createTestApp();
		const published = await buildCycle(app, { slug: '2018-2020', name: 'Period 2018–2020' });
		const open = await buildCycle(app, { slug: '2024-2026', name: 'Period 2024–2026', status: 'open' });
		const closed = await buildCycle(app, { slug: '2022-2024', name: 'Period 2022–2024', status: 'closed' });
		const ghent = await buildCity(app, { slug: 'ghent', name: 'Ghent', countryCode: 'BE' });
		const oulu = await buildCity(app, { slug: 'oulu', name: 'Oulu', countryCode: 'FI', population: 215000 });
		await buildCity(app, {
			slug: 'brno',
			name: 'Brno',
			countryCode: 'CZ',
			signedOn: null,
			signedOnPrecision: null
		});
		await buildParticipation(app, published.id, ghent.id);
		await buildParticipation(app, published.id, oulu.id);
		await buildParticipation(app, open.id, ghent.id);
		await buildParticipation(app, closed.id, oulu.id);
		await buildPractice(app, ghent.id, { slug: 'welcome-desk', title: 'Welcome desk for newcomers' });
		await buildPractice(app, ghent.id, {
			slug: 'housing-advice',
			title: 'Housing advice in many languages',
			themes: ['housing']
		});
		await buildPractice(app, oulu.id, {
			slug: 'mentoring',
			title: 'Mentoring for newcomers at work',
			commitments: [6],
			themes: ['employment']
		});
		await buildPractice(app, oulu.id, { slug: 'draft-idea', title: 'Newcomers draft', status: 'draft' });
	});
	afterAll(() => app.close());

	it('describes itself in a valid OpenAPI 3.1 document', async () => {
		const { status, body } = await callApi(app, openapi, '/api/v1/openapi.json');
		expect(status).toBe(200);
		const result = await new Validator().validate(body as Parameters<Validator['validate']>[0]);
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
		expect((body as { openapi: string }).openapi).toBe('3.1.0');
	});

	it('lists only published cycles, and answers 404 for any other, even by its slug', async () => {
		const list = await callApi(app, cycles, '/api/v1/cycles');
		expect(check('CyclePage', list.body)).toEqual([]);
		expect(list.body).toMatchObject({ total: 1, limit: 20, offset: 0 });
		expect((list.body as { items: { slug: string; participants: number }[] }).items).toEqual([
			expect.objectContaining({ slug: '2018-2020', participants: 2 })
		]);
		for (const slug of ['2024-2026', '2022-2024', 'nothing']) {
			const one = await callApi(app, cycle, `/api/v1/cycles/${slug}`, { slug });
			expect(one.status).toBe(404);
			expect(check('Error', one.body)).toEqual([]);
		}
		const one = await callApi(app, cycle, '/api/v1/cycles/2018-2020', { slug: '2018-2020' });
		expect(check('CycleDetail', one.body)).toEqual([]);
		expect((one.body as { cities: { slug: string }[] }).cities.map((c) => c.slug)).toEqual(['ghent', 'oulu']);
	});

	it('pages and filters cities, and shows each city’s published cycles only', async () => {
		const page = await callApi(app, cities, '/api/v1/cities?limit=2&offset=1');
		expect(check('CityPage', page.body)).toEqual([]);
		const body = page.body as { items: { slug: string }[]; total: number; limit: number; offset: number };
		expect(body).toMatchObject({ total: 3, limit: 2, offset: 1 });
		expect(body.items.map((c) => c.slug)).toEqual(['ghent', 'oulu']);

		const signatories = await callApi(app, cities, '/api/v1/cities?signatory=false');
		expect((signatories.body as { items: { slug: string }[] }).items.map((c) => c.slug)).toEqual(['brno']);
		const finnish = await callApi(app, cities, '/api/v1/cities?country=FI');
		expect((finnish.body as { total: number }).total).toBe(1);

		const ghent = await callApi(app, city, '/api/v1/cities/ghent', { slug: 'ghent' });
		expect(check('CityDetail', ghent.body)).toEqual([]);
		expect((ghent.body as { cycles: { slug: string }[] }).cycles.map((c) => c.slug)).toEqual(['2018-2020']);
		expect(ghent.headers.get('access-control-allow-origin')).toBe('*');
	});

	it('says which parameter is wrong instead of guessing', async () => {
		const wrong = await callApi(app, cities, '/api/v1/cities?limit=500&country=finland');
		expect(wrong.status).toBe(400);
		expect(check('Error', wrong.body)).toEqual([]);
		const parameters = (wrong.body as { error: { issues: { parameter: string }[] } }).error.issues.map(
			(issue) => issue.parameter
		);
		expect(parameters.sort()).toEqual(['country', 'limit']);
	});

	it('serves published practices only, with the library’s search, facets and paging', async () => {
		const found = await callApi(app, practices, '/api/v1/practices?q=newcomers&limit=1&offset=1');
		expect(check('PracticePage', found.body)).toEqual([]);
		const body = found.body as {
			items: { slug: string }[];
			total: number;
			offset: number;
			facets: Record<string, { value: string; count: number }[]>;
		};
		// "Newcomers draft" is a draft: never counted, never listed.
		expect(body.total).toBe(2);
		expect(body.offset).toBe(1);
		expect(body.items).toHaveLength(1);
		expect((body.facets.city ?? []).map((facet) => facet.value).sort()).toEqual(['ghent', 'oulu']);

		const narrowed = await callApi(app, practices, '/api/v1/practices?q=newcomers&commitment=6');
		expect((narrowed.body as typeof body).items.map((p) => p.slug)).toEqual(['mentoring']);

		const one = await callApi(app, practice, '/api/v1/practices/mentoring', { slug: 'mentoring' });
		expect(check('PracticeDetail', one.body)).toEqual([]);
		expect(one.body).toMatchObject({ title: 'Mentoring for newcomers at work', city: { slug: 'oulu' } });
		const draft = await callApi(app, practice, '/api/v1/practices/draft-idea', { slug: 'draft-idea' });
		expect(draft.status).toBe(404);
	});
});
