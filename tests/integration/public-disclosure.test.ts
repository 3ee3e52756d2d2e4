import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import {
	headlineFigures,
	listCities,
	openCity,
	openCycleIndicators,
	openCycleResults,
	publicCityProfile,
	publishedAnnex,
	publishedCycle,
	publishedCycles,
	publishedReport,
	publishedReportDocument
} from '$lib/server/public';
import { publishedCycleResults } from '$lib/server/public/cycle-results';
import { buildAnsweredResponse, buildCity, buildCycle, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

// Words only the cities' own answers contain: wherever they appear, a city's answer reached the public.
const unpublishedEvidence = 'Evidence of a cycle nobody published';
const privateEvidence = 'Evidence the city was promised stays private';
const publicEvidence = 'Evidence the city agreed to publish';
const figure = (value: number) => ({
	value,
	year: 2020,
	source: 'City statistics',
	definition: 'foreign_born',
	differentDataSet: false,
	nationalOnly: false
});

describe(`what the public may see, through the public module, on ${driverUnderTest}`, () => {
	let app: AppContext;
	/** Everything every public function gives for a cycle, as one text to search. */
	const everythingAbout = async (slug: string) =>
		JSON.stringify([
			await publishedReportDocument(app.db, slug, 'en'),
			await publishedAnnex(app.db, slug),
			await openCycleResults(app.db, slug, {}),
			await openCycleIndicators(app.db, slug),
			await publishedCycle(app.db, slug),
			await publishedReport(app.db, slug),
			await publicCityProfile(app.db, 'd-oslo'),
			await openCity(app.db, 'd-oslo'),
			await listCities(app.db, { q: '', country: '', status: 'all', sort: 'name' }),
			await publishedCycles(app.db)
		]);

	beforeAll(async () => {
		app = await createTestApp();
		const cycle = (slug: string, start: string, extra: Parameters<typeof buildCycle>[1]) =>
			buildCycle(app, { slug, name: `Cycle ${slug}`, periodStart: start, periodEnd: start, ...extra });
		const aggregates = await cycle('d-aggregates', '2018-07-01', { cityAnswersPublic: false });
		const open = await cycle('d-public', '2020-07-01', { cityAnswersPublic: true });
		// Closed, with answers promised to be public: still nobody's business until it is published.
		const closed = await cycle('d-closed', '2022-07-01', { status: 'closed', cityAnswersPublic: true });

		// Seven cities: two Finnish ones (a group too small to show) and five others.
		const countries = ['NO', 'FI', 'FI', 'SE', 'DK', 'DE', 'BE'];
		const towns = await Promise.all(
			countries.map((countryCode, index) =>
				// Only Oslo's population is known, so "size unknown" selects everyone but Oslo.
				index === 0
					? buildCity(app, { slug: 'd-oslo', countryCode, population: 700_000 })
					: buildCity(app, { slug: `d-town-${index}`, countryCode })
			)
		);
		for (const [index, town] of towns.entries()) {
			const value = index % 2 ? 'fully' : 'partly';
			await buildAnsweredResponse(app, aggregates.id, town.id, 'accepted', {
				'c1-rating': rating(value, privateEvidence),
				'foreign-born-share': figure(10 + index)
			});
			await buildAnsweredResponse(app, open.id, town.id, 'accepted', {
				'c1-rating': rating(value, publicEvidence),
				'foreign-born-share': figure(20 + index)
			});
		}
		await buildAnsweredResponse(app, closed.id, towns[0]!.id, 'accepted', {
			'c2-rating': rating('not_at_all', unpublishedEvidence),
			'foreign-born-share': figure(99)
		});
	});
	afterAll(() => app.close());

	it('never gives anything of a cycle that is not published, from any public function', async () => {
		expect(await publishedCycleResults(app.db, 'd-closed')).toBeNull();
		expect(await publishedReportDocument(app.db, 'd-closed', 'en')).toBeNull();
		expect(await publishedAnnex(app.db, 'd-closed')).toBeNull();
		expect(await openCycleResults(app.db, 'd-closed', {})).toEqual({ found: false });
		expect(await openCycleIndicators(app.db, 'd-closed')).toBeNull();
		expect(await publishedCycle(app.db, 'd-closed')).toBeNull();
		expect(await publishedReport(app.db, 'd-closed')).toBeNull();
		expect((await publishedCycles(app.db)).map((c) => c.slug)).toEqual(['d-aggregates', 'd-public']);
		expect((await headlineFigures(app.db)).cycles).toBe(2);
		const oslo = await publicCityProfile(app.db, 'd-oslo');
		expect(oslo?.participation.map((c) => c.slug)).toEqual(['d-aggregates', 'd-public']);
		expect((await openCity(app.db, 'd-oslo'))?.cycles.map((c) => c.slug)).toEqual([
			'd-aggregates',
			'd-public'
		]);
		for (const slug of ['d-closed', 'd-aggregates', 'd-public']) {
			const seen = await everythingAbout(slug);
			expect(seen).not.toContain(unpublishedEvidence);
			expect(seen).not.toContain('d-closed');
		}
	});

	it('withholds each city’s answers of a cycle that publishes aggregates only, in page, API, annex and report', async () => {
		const annex = await publishedAnnex(app.db, 'd-aggregates');
		expect(annex?.cityRows).toBeNull();
		// Commitment 1: three cities fully, four partly.
		expect(annex?.aggregates[0]?.slice(2, 4)).toEqual([3, 4]);
		const report = await publishedReportDocument(app.db, 'd-aggregates', 'en');
		const indicators = report?.blocks.find((block) => block.kind === 'indicators');
		expect(indicators).toMatchObject({ cityFiguresPublic: false });
		expect(indicators?.kind === 'indicators' && indicators.indicators[0]).toMatchObject({
			cities: 7,
			figures: null
		});
		const api = await openCycleResults(app.db, 'd-aggregates', {});
		expect(api.found && !api.refused && api.body).toMatchObject({ cities: null, withheld: false });
		expect((await openCycleIndicators(app.db, 'd-aggregates'))?.indicators[0]?.values).toBeNull();
		const profile = await publicCityProfile(app.db, 'd-oslo');
		expect(profile?.ratings.find((c) => c.slug === 'd-aggregates')).toMatchObject({
			cityAnswersPublic: false,
			ratings: null
		});
		expect(await everythingAbout('d-aggregates')).not.toContain(privateEvidence);

		// The cycle that made answers public shows them in the same places.
		expect((await publishedAnnex(app.db, 'd-public'))?.cityRows?.length).toBeGreaterThan(0);
		expect(JSON.stringify(await publishedAnnex(app.db, 'd-public'))).toContain(publicEvidence);
		const openApi = await openCycleResults(app.db, 'd-public', {});
		expect(openApi.found && !openApi.refused && openApi.body.cities).toHaveLength(7);
		expect(profile?.ratings.find((c) => c.slug === 'd-public')).toMatchObject({
			cityAnswersPublic: true,
			ratings: expect.objectContaining({ 1: 'partly' })
		});
	});

	it('withholds the aggregates of a group of fewer than five cities, and of everyone but them', async () => {
		const finnish = await openCycleResults(app.db, 'd-aggregates', { country: 'FI' });
		expect(finnish.found && !finnish.refused && finnish.body).toMatchObject({
			matching: 2,
			withheld: true,
			commitments: null,
			roles: null,
			change: null
		});
		// Everyone but Oslo (six cities) leaves one out: Oslo's ratings would be the difference.
		const notOslo = await openCycleResults(app.db, 'd-aggregates', { sizeBand: 'unknown' });
		expect(notOslo.found && !notOslo.refused && notOslo.body.matching).toBe(6);
		expect(notOslo.found && !notOslo.refused && notOslo.body.withheld).toBe(true);
		// The whole cycle is shown: its cities are listed in the report anyway.
		const whole = await openCycleResults(app.db, 'd-aggregates', {});
		expect(whole.found && !whole.refused && whole.body.commitments?.[0]?.counts).toMatchObject({
			fully: 3,
			partly: 4
		});
		// With city answers public nothing is hidden, so a small group is shown.
		const open = await openCycleResults(app.db, 'd-public', { country: 'FI' });
		expect(open.found && !open.refused && open.body).toMatchObject({ matching: 2, withheld: false });
	});

	it('takes one filter at a time when only aggregates are public', async () => {
		const two = { country: 'FI', signatory: true };
		expect(await openCycleResults(app.db, 'd-aggregates', two)).toEqual({
			found: true,
			refused: 'one-filter-at-a-time'
		});
		const open = await openCycleResults(app.db, 'd-public', two);
		expect(open.found && open.refused).toBe(null);
	});

	it('calls ratings illustrative only when the cycle says so, whatever its slug or note', async () => {
		await buildCycle(app, {
			slug: '2011-2012',
			name: 'A real cycle with the demo’s slug',
			note: 'Illustrative ratings: a note does not make them so.'
		});
		await buildCycle(app, { slug: 'd-made-up', name: 'Made up', ratingsIllustrative: true });
		expect((await publishedCycleResults(app.db, '2011-2012'))?.cycle.illustrative).toBe(false);
		expect((await publishedCycleResults(app.db, 'd-made-up'))?.cycle.illustrative).toBe(true);
		expect((await publishedAnnex(app.db, 'd-made-up'))?.about[0]).toMatch(/^Illustrative/);
	});
});
