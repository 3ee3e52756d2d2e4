import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments as charterCommitments } from '$lib/domain/charter';
import type { AppContext } from '$lib/server/app';
import {
	facetNames,
	parsePracticeQuery,
	practiceBySlug,
	searchConfigs,
	searchPractices,
	type PracticeResults
} from '$lib/server/reads/search-practices';
import { buildCity, buildPractice } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type Built = Awaited<ReturnType<typeof buildPractice>> & { country: string; citySlug: string };

describe(`the good-practice library on ${driverUnderTest}`, () => {
	let app: AppContext;
	const built: Built[] = [];

	beforeAll(async () => {
		app = await createTestApp();
		const ghent = await buildCity(app, { slug: 'ghent', name: 'Ghent', countryCode: 'BE' });
		const leipzig = await buildCity(app, { slug: 'leipzig', name: 'Leipzig', countryCode: 'DE' });
		const lyon = await buildCity(app, { slug: 'lyon', name: 'Lyon', countryCode: 'FR' });
		const add = async (
			city: typeof ghent,
			overrides: Parameters<typeof buildPractice>[2] & { slug: string }
		) => {
			const practice = await buildPractice(app, city.id, overrides);
			built.push({ ...practice, country: city.countryCode, citySlug: city.slug });
		};
		// "language" is in this title only …
		await add(ghent, {
			slug: 'ghent-language-cafe',
			title: 'Language café for newcomers',
			summary: 'Volunteers meet people who have just arrived for weekly conversation over coffee.',
			commitments: [4, 5],
			trends: ['low-threshold-access'],
			themes: ['language-learning'],
			targetGroups: ['newly-arrived'],
			startYear: 2018,
			endYear: 2020
		});
		// … and in this summary only.
		await add(leipzig, {
			slug: 'leipzig-welcome-centre',
			title: 'Welcome centre',
			summary:
				'One address for newcomers: registration, advice, and free language courses in the same building.',
			commitments: [4],
			trends: ['low-threshold-access', 'structured-policies'],
			themes: ['one-stop-shops', 'language-learning'],
			targetGroups: ['newly-arrived', 'refugees-asylum-seekers'],
			startYear: 2016,
			ongoing: true
		});
		await add(lyon, {
			slug: 'lyon-acces-toit',
			title: 'Un toit pour les familles réfugiées',
			summary:
				'La ville accompagne les familles réfugiées vers des logements sociaux et les aide dans leurs démarches.',
			language: 'fr',
			commitments: [4],
			themes: ['housing'],
			targetGroups: ['refugees-asylum-seekers', 'children-families'],
			startYear: 2021,
			endYear: 2022
		});
		await add(ghent, {
			slug: 'ghent-shared-houses',
			title: 'Shared houses for young refugees',
			summary: 'Young refugees who turn eighteen share houses with local students, who help them settle in.',
			commitments: [4],
			themes: ['housing'],
			targetGroups: ['unaccompanied-minors', 'young-people']
		});
		await add(leipzig, {
			slug: 'leipzig-diverse-recruitment',
			title: 'Diverse recruitment in the city administration',
			summary:
				'Job adverts of the city invite applicants with a migration background and use plain language.',
			commitments: [6, 7],
			trends: ['inclusive-administration'],
			themes: ['staff-diversity'],
			targetGroups: ['city-staff']
		});
		await add(lyon, {
			slug: 'lyon-social-clauses',
			title: 'Social clauses in public contracts',
			summary: 'Contracts of the city ask suppliers to hire and train people far from the labour market.',
			commitments: [9, 10],
			themes: ['procurement', 'employment'],
			targetGroups: ['jobseekers'],
			startYear: 2015
		});
		// Drafts carry the words searched for below, and must still never reach the public.
		await add(ghent, {
			slug: 'ghent-draft-language',
			title: 'Language draft not yet reviewed',
			summary: 'A draft about language courses and shared houses, waiting for the secretariat.',
			commitments: [4],
			themes: ['language-learning', 'housing'],
			targetGroups: ['newly-arrived'],
			status: 'draft'
		});
	});
	afterAll(async () => app.close());

	const search = (query: string, pageSize = 20) =>
		searchPractices(app.db, parsePracticeQuery(new URLSearchParams(query)), { publicOnly: true, pageSize });
	const slugs = (results: PracticeResults) => results.items.map((item) => item.slug);
	const select = async <T>(query: SQL) => ((await app.db.execute(query)) as unknown as { rows: T[] }).rows;

	it('ranks a title match above a summary match and marks the matched words', async () => {
		const results = await search('q=language');
		// The title match first, then the two summary matches.
		expect(slugs(results)[0]).toBe('ghent-language-cafe');
		expect(slugs(results).slice(1).sort()).toEqual(['leipzig-diverse-recruitment', 'leipzig-welcome-centre']);
		const [title, ...others] = results.items;
		for (const other of others) expect(title!.rank).toBeGreaterThan(other.rank);
		const summary = results.items.find((item) => item.slug === 'leipzig-welcome-centre');
		expect(title!.titleParts).toEqual([
			{ text: 'Language', mark: true },
			{ text: ' café for newcomers', mark: false }
		]);
		expect(summary!.headline.filter((part) => part.mark).map((part) => part.text)).toEqual(['language']);
		// The control characters that delimit matches never reach the page.
		const shown = summary!.headline.map((part) => part.text).join('');
		expect(shown).not.toContain('\u0001');
		expect(shown).not.toContain('\u0002');
	});

	it('finds a French practice by a French inflected word, stemmed in French', async () => {
		// French stemming makes "sociaux" and "social" one word; English stemming would not.
		expect(slugs(await search('q=logement social'))).toEqual(['lyon-acces-toit']);
		expect(slugs(await search('q=réfugiée'))).toEqual(['lyon-acces-toit']);
		const [english] = await select<{ hit: boolean }>(
			sql`select to_tsvector('english', 'logements sociaux') @@ websearch_to_tsquery('english', 'social') as hit`
		);
		expect(english?.hit).toBe(false);
	});

	it('finds an English practice by another form of the word', async () => {
		expect(slugs(await search('q=housing'))).toEqual(['ghent-shared-houses']);
		// websearch syntax: a quoted phrase and an excluded word.
		expect(slugs(await search('q="shared houses"'))).toEqual(['ghent-shared-houses']);
		expect(slugs(await search('q=language -café')).sort()).toEqual([
			'leipzig-diverse-recruitment',
			'leipzig-welcome-centre'
		]);
	});

	it('counts every facet value over exactly the filtered result', async () => {
		const published = built.filter((practice) => practice.status === 'published');
		const roleOf = (n: number) => charterCommitments.find((c) => c.number === n)!.role;
		const valuesOf = (practice: Built): Record<(typeof facetNames)[number], string[]> => ({
			commitment: practice.commitments.map(String),
			role: [...new Set(practice.commitments.map(roleOf))],
			trend: practice.trends,
			theme: practice.themes,
			target: practice.targetGroups,
			country: [practice.country],
			city: [practice.citySlug]
		});
		const cases: [string, (practice: Built) => boolean][] = [
			['', () => true],
			[
				'theme=language-learning&target=newly-arrived',
				(p) => p.themes.includes('language-learning') && p.targetGroups.includes('newly-arrived')
			],
			['commitment=4&country=BE&country=FR', (p) => p.commitments.includes(4) && p.country !== 'DE'],
			[
				'role=buyer&from=2015',
				(p) => p.commitments.some((n) => n >= 9) && (p.ongoing || (p.endYear ?? p.startYear ?? 0) >= 2015)
			],
			['trend=low-threshold-access&from=2019', (p) => p.trends.includes('low-threshold-access')]
		];
		for (const [query, keep] of cases) {
			const results = await search(query);
			const expected = published.filter(keep);
			expect(results.total, query).toBe(expected.length);
			expect(slugs(results).sort(), query).toEqual(expected.map((p) => p.slug).sort());
			for (const facet of facetNames) {
				const counts = new Map<string, number>();
				for (const practice of expected) {
					for (const value of valuesOf(practice)[facet]) counts.set(value, (counts.get(value) ?? 0) + 1);
				}
				const got = Object.fromEntries(results.facets[facet].map((entry) => [entry.value, entry.count]));
				expect(got, `${facet} for "${query}"`).toEqual(Object.fromEntries(counts));
			}
		}
		// City facet entries carry the name to show.
		expect((await search('city=lyon')).facets.city).toEqual([{ value: 'lyon', count: 2, label: 'Lyon' }]);
	});

	it('filters by years: a practice counts when it ran during part of the period', async () => {
		expect(slugs(await search('from=2019&to=2020')).sort()).toEqual([
			'ghent-language-cafe',
			'leipzig-welcome-centre'
		]);
		// Reversed years are read as the same period.
		expect(slugs(await search('from=2020&to=2019')).sort()).toEqual(
			slugs(await search('from=2019&to=2020')).sort()
		);
		expect(slugs(await search('to=2015'))).toEqual(['lyon-social-clauses']);
		// A start year alone, not said to be ongoing, dates the practice to that year only.
		expect(slugs(await search('from=2016'))).not.toContain('lyon-social-clauses');
	});

	it('never shows a draft to the public, in search, counts or on its page', async () => {
		for (const query of ['q=draft', 'q=language', 'q=houses', 'city=ghent', '']) {
			expect(slugs(await search(query)), query).not.toContain('ghent-draft-language');
		}
		expect((await search('city=ghent')).total).toBe(2);
		expect(await practiceBySlug(app.db, 'ghent-draft-language', { publicOnly: true })).toBeNull();
		const own = await practiceBySlug(app.db, 'ghent-draft-language', { publicOnly: false });
		expect(own?.practice.status).toBe('draft');
		const cafe = await practiceBySlug(app.db, 'ghent-language-cafe', { publicOnly: true });
		expect(cafe?.sameCity.map((p) => p.slug)).toEqual(['ghent-shared-houses']);
		expect(cafe?.related.map((p) => p.slug)).not.toContain('ghent-draft-language');
	});

	it('gives a practice with its city, its city’s other practices and related ones, best overlap first', async () => {
		const detail = await practiceBySlug(app.db, 'ghent-shared-houses', { publicOnly: true });
		expect(detail?.city).toEqual({ slug: 'ghent', name: 'Ghent', countryCode: 'BE' });
		expect(detail?.practice).toMatchObject({ title: 'Shared houses for young refugees', language: 'en' });
		expect(detail?.practice).not.toHaveProperty('search');
		expect(detail?.sameCity.map((p) => p.slug)).toEqual(['ghent-language-cafe']);
		// Lyon's housing practice shares commitment 4 and the theme; Leipzig's centre shares commitment 4 only.
		expect(detail?.related.map((p) => p.slug)).toEqual(['lyon-acces-toit', 'leipzig-welcome-centre']);
		expect(detail?.related[0]).toMatchObject({ language: 'fr', city: { slug: 'lyon', name: 'Lyon' } });
		expect(await practiceBySlug(app.db, 'no-such-practice', { publicOnly: true })).toBeNull();
	});

	it('pages the results and keeps the page within range', async () => {
		const first = await search('', 4);
		expect(first).toMatchObject({ total: 6, page: 1, pages: 2 });
		expect(first.items).toHaveLength(4);
		const second = await search('page=2', 4);
		expect(second.items).toHaveLength(2);
		expect([...slugs(first), ...slugs(second)].sort()).toEqual(
			built
				.filter((p) => p.status === 'published')
				.map((p) => p.slug)
				.sort()
		);
		expect((await search('page=99', 4)).page).toBe(2);
		const none = await search('q=zzzzqqq');
		expect(none).toMatchObject({ total: 0, items: [], page: 1, pages: 1 });
		expect(none.facets.theme).toEqual([]);
	});

	it('drops query values a visitor could not have chosen', () => {
		expect(
			parsePracticeQuery(
				new URLSearchParams(
					'q=%20housing%20&commitment=4&commitment=12&commitment=x&commitment=4&role=boss&theme=housing' +
						'&theme=evil&country=fr&country=BE&city=Ghent;drop&city=lyon&from=abc&to=2020&page=-3'
				)
			)
		).toEqual({
			q: 'housing',
			commitment: [4],
			role: [],
			trend: [],
			theme: ['housing'],
			target: [],
			country: ['BE'],
			city: ['lyon'],
			from: null,
			to: 2020,
			page: 1
		});
	});

	it('searches with every configuration icm_ts_config can return', async () => {
		const languages = ['en', 'fr', 'de', 'nl', 'it', 'es', 'pt', 'ca', 'sv', 'da', 'nb', 'no', 'fi', 'el'];
		const rows = await select<{ config: string }>(
			sql`select distinct icm_ts_config(lang)::text as config from unnest(array[${sql.join(
				[...languages, 'hu', 'ro', 'lt', 'tr', 'xx'].map((lang) => sql`${lang}::text`),
				sql`, `
			)}]) as lang`
		);
		const configs = rows.map((row) => row.config.replace(/^pg_catalog\./, ''));
		expect(configs.filter((config) => !(searchConfigs as readonly string[]).includes(config))).toEqual([]);
		expect(configs).toHaveLength(searchConfigs.length);
	});
});
