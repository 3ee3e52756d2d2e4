import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { updateCity } from '$lib/server/commands/update-city';
import { auditLog, cities, responses } from '$lib/server/db/schema';
import { cityProfile } from '$lib/server/reads/city-profile';
import { headlineFigures } from '$lib/server/reads/headline-figures';
import {
	listCities,
	listCitiesPage,
	parseCityListFilter,
	parseCityListPage
} from '$lib/server/reads/list-cities';
import { buildCity, buildCycle, buildParticipation, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

describe(`public reads and city edits on ${driverUnderTest}`, () => {
	let app: AppContext;
	beforeAll(async () => {
		app = await createTestApp();
		const published = await buildCycle(app, {
			slug: '2018-2020',
			name: 'Period 2018–2020',
			status: 'published'
		});
		const draft = await buildCycle(app, { slug: '2024-2026', name: 'Period 2024–2026', status: 'open' });
		const ghent = await buildCity(app, {
			slug: 'ghent',
			name: 'Ghent',
			countryCode: 'BE',
			signedOn: '2013-01-31'
		});
		const oulu = await buildCity(app, {
			slug: 'oulu',
			name: 'Oulu',
			countryCode: 'FI',
			signedOn: '2012-05-01'
		});
		await buildCity(app, {
			slug: 'brno',
			name: 'Brno',
			countryCode: 'CZ',
			signedOn: null,
			signedOnPrecision: null
		});
		await buildCity(app, { slug: 'bologna', name: 'Bologna', countryCode: 'IT', signedOn: '2024-11-01' });
		await buildParticipation(app, published.id, ghent.id);
		await buildParticipation(app, draft.id, ghent.id);
		await buildParticipation(app, draft.id, oulu.id);
		// Invited to the published cycle but never answered: not a participant in public.
		await app.db.insert(responses).values({ cycleId: published.id, cityId: oulu.id, state: 'invited' });
	});
	afterAll(async () => app.close());

	const list = (query: string) => listCities(app.db, parseCityListFilter(new URLSearchParams(query)));

	it('filters by country, signing status and name, and sorts by date of signing', async () => {
		expect((await list('country=FI')).map((c) => c.slug)).toEqual(['oulu']);
		expect((await list('status=respondent')).map((c) => c.slug)).toEqual(['brno']);
		expect((await list('q=gh')).map((c) => c.slug)).toEqual(['ghent']);
		expect((await list('sort=signed')).map((c) => c.slug)).toEqual(['oulu', 'ghent', 'bologna', 'brno']);
		// A "%" typed into the search box is a character, not a wildcard.
		expect(await list('q=%25')).toEqual([]);
	});

	it('pages the cities table with every city on exactly one page, filters and order kept', async () => {
		const pageOf = (query: string, size: number) => {
			const params = new URLSearchParams(query);
			return listCitiesPage(app.db, parseCityListFilter(params), parseCityListPage(params), size);
		};
		const first = await pageOf('sort=signed', 3);
		expect(first.paging).toMatchObject({ page: 1, pages: 2, first: 1, last: 3, total: 4 });
		const second = await pageOf('sort=signed&page=2', 3);
		expect([...first.cities, ...second.cities].map((c) => c.slug)).toEqual(
			(await list('sort=signed')).map((c) => c.slug)
		);
		// A page's cities still carry the published cycles they answered.
		expect(first.cities.find((c) => c.slug === 'ghent')?.cycles.map((c) => c.slug)).toEqual(['2018-2020']);
		// An old link past the end shows the last page, never an empty table; nonsense reads as the first page.
		expect((await pageOf('sort=signed&page=99', 3)).cities.map((c) => c.slug)).toEqual(['brno']);
		expect((await pageOf('page=-1', 3)).paging.page).toBe(1);
		const filtered = await pageOf('status=signatory&page=2', 2);
		expect(filtered.paging).toMatchObject({ page: 2, pages: 2, total: 3 });
		expect(filtered.cities.map((c) => c.slug)).toEqual(['oulu']);
	});

	it('ignores filter values a visitor could not have chosen', async () => {
		expect(parseCityListFilter(new URLSearchParams('country=xx;drop&sort=evil&status=1'))).toEqual({
			q: '',
			country: '',
			status: 'all',
			sort: 'name'
		});
	});

	it('shows the public only cycles that are published', async () => {
		const ghent = (await list('q=ghent'))[0];
		expect(ghent?.cycles.map((c) => c.slug)).toEqual(['2018-2020']);
		expect((await list('q=oulu'))[0]?.cycles).toEqual([]);
		const profile = await cityProfile(app.db, 'ghent');
		expect(profile?.participation.map((p) => p.slug)).toEqual(['2018-2020']);
		expect((await cityProfile(app.db, 'oulu'))?.participation).toEqual([]);
		// Ghent and Oulu signed by 2020, the year the 4th report counted signatories; Bologna after it.
		expect(await headlineFigures(app.db)).toEqual({
			signatories: 3,
			countries: 3,
			cycles: 1,
			signedByReportedYear: 2,
			signedSince: 1
		});
	});

	it('saves a city edit and keeps its before and after in the audit trail', async () => {
		const secretariat = await buildPerson(app, 'secretariat');
		const result = await updateCity(app.db, secretariat.id, 'oulu', {
			name: 'Oulu',
			countryCode: 'FI',
			population: 216000,
			signedOn: '2012-05-15',
			latitude: 65.01,
			longitude: 25.47
		});
		expect(result.ok).toBe(true);
		const [oulu] = await app.db.select().from(cities).where(eq(cities.slug, 'oulu'));
		expect(oulu).toMatchObject({ population: 216000, signedOn: '2012-05-15', signedOnPrecision: 'day' });
		const [entry] = await app.db.select().from(auditLog).where(eq(auditLog.action, 'city.updated'));
		expect(entry).toMatchObject({
			actorId: secretariat.id,
			subjectType: 'city',
			subjectId: String(oulu?.id),
			before: expect.objectContaining({ population: null, signedOn: '2012-05-01' }),
			after: expect.objectContaining({ population: 216000, signedOn: '2012-05-15' })
		});
	});

	it('reports an unknown city instead of creating one', async () => {
		const secretariat = await buildPerson(app, 'secretariat');
		const result = await updateCity(app.db, secretariat.id, 'atlantis', {
			name: 'Atlantis',
			countryCode: 'GR',
			population: null,
			signedOn: null,
			latitude: 0,
			longitude: 0
		});
		expect(result).toEqual({ ok: false, error: 'not_found' });
	});
});
