import { describe, expect, it } from 'vitest';
import { areaOf, entryOf, routeSegments, type Visitor } from './access-areas';

describe('areaOf', () => {
	it('puts every /admin path, its data and its actions in the secretariat’s area', () => {
		expect(areaOf('/admin')).toBe('secretariat');
		expect(areaOf('/admin/')).toBe('secretariat');
		expect(areaOf('/admin/people')).toBe('secretariat');
		expect(areaOf('/admin/people/__data.json')).toBe('secretariat');
		expect(areaOf('/admin/__data.json')).toBe('secretariat');
		expect(areaOf('/admin/practices/new/__data.json?response=3&row=1&x-sveltekit-invalidated=001')).toBe(
			'secretariat'
		);
		expect(areaOf('/admin/people?/invite')).toBe('secretariat');
		expect(areaOf('/admin/cycles/2024-2026/responses/ghent/files/12')).toBe('secretariat');
		expect(areaOf('//admin//people')).toBe('secretariat');
	});

	it('puts the questionnaire and peer learning in the cities’ area', () => {
		expect(areaOf('/respond')).toBe('city');
		expect(areaOf('/respond/2024-2026/employer/__data.json')).toBe('city');
		expect(areaOf('/respond/2024-2026/answers.xlsx')).toBe('city');
		expect(areaOf('/respond/2024-2026?/submit')).toBe('city');
		expect(areaOf('/peer-learning')).toBe('city');
	});

	it('lists the public areas, the home page only by itself', () => {
		for (const path of [
			'/',
			'/__data.json',
			'/charter',
			'/cities/helsinki',
			'/practices/some-practice/__data.json',
			'/reports/2019-2020/report.pdf',
			'/data/2019-2020/annex.csv',
			'/api/v1/cycles',
			'/api/auth/sign-in/email',
			'/healthz',
			'/sign-in?/password',
			'/sign-out',
			'/forgot-password',
			'/reset-password',
			'/invitation/abc',
			'/kept/abc',
			'/language'
		]) {
			expect(areaOf(path), path).toBe('public');
		}
	});

	it('matches whole segments only: /administrator and /respondents are not in those areas', () => {
		expect(areaOf('/administrator')).toBeNull();
		expect(areaOf('/respondents')).toBeNull();
		expect(areaOf('/api')).toBeNull();
		expect(areaOf('/api/v2')).toBeNull();
	});

	it('refuses what no row covers (deny by default)', () => {
		expect(areaOf('/secret')).toBeNull();
		expect(areaOf('/Admin')).toBeNull();
	});

	it('reads encoded paths as the router does, so encoding cannot slip past the table', () => {
		// SvelteKit decodes with decodeURI between `%25`s before it finds the route.
		expect(areaOf('/%61dmin/people')).toBe('secretariat');
		expect(areaOf('/%61dmin/people/__data.json')).toBe('secretariat');
		expect(areaOf('/respon%64/2024-2026')).toBe('city');
		// decodeURI keeps %2F: the router sees one segment `admin%2Fpeople`, which no route and no row has.
		expect(routeSegments('/admin%2Fpeople')).toEqual(['admin%2Fpeople']);
		expect(areaOf('/admin%2Fpeople')).toBeNull();
		expect(routeSegments('/cities/100%25')).toEqual(['cities', '100%25']);
		expect(areaOf('/%E0%A4%A')).toBeNull();
		expect(areaOf('/charter/%2e%2e/admin')).toBeNull();
		expect(areaOf('/charter/../admin')).toBeNull();
	});
});

describe('entryOf', () => {
	const secretariat: Visitor = { role: 'secretariat', cityId: null };
	const coordinator: Visitor = { role: 'coordinator', cityId: 7 };
	const contributor: Visitor = { role: 'contributor', cityId: 7 };
	const cityless: Visitor = { role: 'contributor', cityId: null };
	const noRole: Visitor = { role: null, cityId: 7 };

	it('lets everyone into the public areas', () => {
		for (const visitor of [null, secretariat, coordinator, noRole]) {
			expect(entryOf('public', visitor)).toBe('enter');
		}
	});

	it('lets only the secretariat into /admin, and sends the signed-out to sign in', () => {
		expect(entryOf('secretariat', secretariat)).toBe('enter');
		expect(entryOf('secretariat', null)).toBe('sign-in');
		for (const visitor of [coordinator, contributor, noRole]) {
			expect(entryOf('secretariat', visitor)).toBe('forbidden');
		}
	});

	it('lets only a city’s coordinator or contributor into the cities’ area', () => {
		expect(entryOf('city', coordinator)).toBe('enter');
		expect(entryOf('city', contributor)).toBe('enter');
		expect(entryOf('city', null)).toBe('sign-in');
		for (const visitor of [secretariat, cityless, noRole]) {
			expect(entryOf('city', visitor)).toBe('forbidden');
		}
	});

	it('lets anyone signed in into their account, and sends the signed-out to sign in', () => {
		expect(areaOf('/account?/password')).toBe('signed-in');
		for (const visitor of [secretariat, coordinator, contributor, cityless, noRole]) {
			expect(entryOf('signed-in', visitor)).toBe('enter');
		}
		expect(entryOf('signed-in', null)).toBe('sign-in');
	});

	it('lets nobody into a path of no area, not even the secretariat', () => {
		for (const visitor of [null, secretariat, coordinator]) {
			expect(entryOf(null, visitor)).toBe('forbidden');
		}
	});
});

describe('addresses with a language prefix', () => {
	it('are judged as the route the prefix stands before, never as a path outside the table', () => {
		expect(areaOf('/fr/charter')).toBe('public');
		expect(areaOf('/de')).toBe('public');
		expect(areaOf('/de/__data.json')).toBe('public');
		expect(areaOf('/fr/practices/some-practice/__data.json?x-sveltekit-invalidated=01')).toBe('public');
		expect(routeSegments('/de/cities/helsinki')).toEqual(['cities', 'helsinki']);
	});

	it('give no way into a signed-in area: a prefix before it is no route at all', () => {
		expect(areaOf('/fr/admin')).toBeNull();
		expect(areaOf('/de/respond/2024-2026')).toBeNull();
		expect(entryOf(areaOf('/fr/account'), null)).toBe('forbidden');
	});
});
