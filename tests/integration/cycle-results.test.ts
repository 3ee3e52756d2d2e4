import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	changeSincePrevious,
	commitmentResults,
	filterCities,
	indicatorSeries,
	roleResults
} from '$lib/domain/analysis';
import type { AppContext } from '$lib/server/app';
import { answers, cycles, responses } from '$lib/server/db/schema';
import { cycleResultsForSecretariat } from '$lib/server/reads/cycle-results';
import { seedDemo } from '$lib/server/seed/seed-demo';
import { contradictedStatements } from '$lib/server/seed/illustrative/check-statements';
import { report2013Statements } from '$lib/server/seed/illustrative/report-2013-statements';
import { illustrativeMarker } from '$lib/server/seed/illustrative-ratings';
import { publishedCycleResults } from '$lib/server/public/cycle-results';
import { buildCity, buildCycle, buildAnsweredResponse, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type State = (typeof responses.$inferInsert)['state'];

describe(`cycle results on ${driverUnderTest}`, () => {
	let app: AppContext;
	beforeAll(async () => {
		app = await createTestApp();
		const previous = await buildCycle(app, {
			slug: 'r-2016',
			periodStart: '2016-07-01',
			periodEnd: '2018-06-30'
		});
		const current = await buildCycle(app, { slug: 'r-2018', reportYear: 2020, status: 'published' });
		await buildCycle(app, {
			slug: 'r-2022',
			periodStart: '2022-07-01',
			periodEnd: '2024-06-30',
			status: 'open'
		});

		const city = (slug: string, overrides: Parameters<typeof buildCity>[1] = {}) =>
			buildCity(app, { slug, name: slug[0]!.toUpperCase() + slug.slice(1), ...overrides });
		const oslo = await city('oslo', { countryCode: 'NO', population: 709_000 });
		const oulu = await city('oulu', { countryCode: 'FI', population: 214_000 });
		const brno = await city('brno', { countryCode: 'CZ', population: 400_000, signedOn: null });
		const late = await city('latecomer', { countryCode: 'FI', signedOn: '2024-11-01' });
		const others = await Promise.all(['drafting', 'invitee', 'returned'].map((slug) => city(slug)));

		const respond = (cycleId: number, cityId: number, state: State, values: Record<string, unknown>) =>
			buildAnsweredResponse(app, cycleId, cityId, state, values);
		await respond(current.id, oslo.id, 'accepted', {
			'c1-rating': rating('fully', 'OXLO campaign'),
			'c1-examples': 'Anonymous recruitment pilot',
			'c9-rating': rating('partly'),
			'foreign-born-share': {
				value: 28,
				year: 2010,
				source: 'Oslo statistics',
				definition: 'foreign_born',
				differentDataSet: false,
				nationalOnly: false
			}
		});
		await respond(current.id, oulu.id, 'submitted', {
			'c1-rating': rating('partly'),
			'c9-rating': rating('partly')
		});
		await respond(current.id, brno.id, 'accepted', { 'c1-rating': rating('not_at_all') });
		await respond(current.id, late.id, 'accepted', {});
		// Not counted: unfinished, not started, and sent back to the city for changes.
		await respond(current.id, others[0]!.id, 'in_progress', { 'c1-rating': rating('fully') });
		await respond(current.id, others[1]!.id, 'invited', {});
		await respond(current.id, others[2]!.id, 'returned', { 'c1-rating': rating('fully') });

		await respond(previous.id, oslo.id, 'accepted', {
			'c1-rating': rating('partly'),
			'c9-rating': rating('fully')
		});
		await respond(previous.id, oulu.id, 'accepted', { 'c1-rating': rating('partly') });
	});
	afterAll(async () => app.close());

	it('counts the ratings of submitted and accepted responses only', async () => {
		const results = await publishedCycleResults(app.db, 'r-2018');
		expect(results?.cities.map((c) => c.cityName)).toEqual(['Brno', 'Latecomer', 'Oslo', 'Oulu']);
		expect(results?.cities.map((c) => c.citySlug)).toEqual(['brno', 'latecomer', 'oslo', 'oulu']);
		const [first, , , , , , , , ninth] = commitmentResults(results!.cities);
		expect(first!.counts).toEqual({ fully: 1, partly: 1, not_at_all: 1, answered: 3, noAnswer: 1 });
		// A third each: rounded on its own, each share is 33 (the table says that a row may not add up to 100).
		expect(first!.shares).toEqual({ fully: 33, partly: 33, not_at_all: 33 });
		expect(ninth!.counts).toEqual({ fully: 0, partly: 2, not_at_all: 0, answered: 2, noAnswer: 2 });
		expect(roleResults(results!.cities)[3]!.total).toMatchObject({ partly: 2, answered: 2, noAnswer: 10 });
	});

	it('gives the response rate, with signatories counted as of the end of the report year', async () => {
		const results = await publishedCycleResults(app.db, 'r-2018');
		// Seven invited, four counted; Brno never signed and the latecomer signed in 2024, after 2020.
		expect(results?.participation).toEqual({
			invited: 7,
			responding: 4,
			signatories: 5,
			respondingSignatories: 2
		});
		expect(results?.cycle.referenceDate).toBe('2020-12-31');
		expect(filterCities(results!.cities, { signatory: true }).map((c) => c.cityName)).toEqual([
			'Oslo',
			'Oulu'
		]);
		expect(filterCities(results!.cities, { sizeBand: '500k_1m' }).map((c) => c.cityName)).toEqual(['Oslo']);
	});

	it('reads texts and indicator figures for the narrative and the indicator chart', async () => {
		const results = await cycleResultsForSecretariat(app.db, 'r-2018');
		const oslo = results!.cities.find((c) => c.cityName === 'Oslo');
		expect(oslo?.texts[1]).toEqual({
			evidence: 'OXLO campaign',
			examples: 'Anonymous recruitment pilot',
			challenges: ''
		});
		expect(indicatorSeries(results!.cities, 'foreign-born-share').points.map((p) => p.figure.value)).toEqual([
			28
		]);
	});

	it('compares with the latest earlier published cycle', async () => {
		const current = await publishedCycleResults(app.db, 'r-2018');
		expect(current?.previousCycle?.slug).toBe('r-2016');
		const previous = await publishedCycleResults(app.db, current!.previousCycle!.slug);
		// The earlier cycle records no invitations and only its respondents: the invited count is unknown.
		expect(previous?.participation.invited).toBeNull();
		const [first, , , , , , , , ninth] = changeSincePrevious(previous!.cities, current!.cities);
		expect(first).toMatchObject({ compared: 2, better: 1, same: 1, worse: 0 });
		expect(first!.matrix.partly).toEqual({ fully: 1, partly: 1, not_at_all: 0 });
		expect(ninth).toMatchObject({ compared: 1, worse: 1 });
	});

	it('finds an unpublished cycle for the secretariat only', async () => {
		expect(await publishedCycleResults(app.db, 'r-2022')).toBeNull();
		const open = await cycleResultsForSecretariat(app.db, 'r-2022');
		expect(open?.cities).toEqual([]);
		expect(open?.participation).toMatchObject({ invited: null, responding: 0 });
		expect(open?.previousCycle?.slug).toBe('r-2018');
		expect(await cycleResultsForSecretariat(app.db, 'no-such-cycle')).toBeNull();
	});
});

describe(`illustrative demo ratings on ${driverUnderTest}`, () => {
	let app: AppContext;
	beforeAll(async () => {
		app = await createTestApp();
		await seedDemo(app.db, app.auth, 'seeded-password-123');
	});
	afterAll(async () => app.close());

	const answerCount = async () => (await app.db.select({ n: count() }).from(answers))[0]?.n;
	const illustrativeAnswerCount = async () =>
		(
			await app.db
				.select({ n: count() })
				.from(answers)
				.innerJoin(responses, eq(responses.id, answers.responseId))
				.innerJoin(cycles, eq(cycles.id, responses.cycleId))
				.where(inArray(cycles.slug, ['2011-2012', '2018-2020']))
		)[0]?.n;

	it('agree, read back from the database, with every statement of the 2013 report', async () => {
		const results = await publishedCycleResults(app.db, '2011-2012');
		expect(results?.cycle.illustrative).toBe(true);
		expect(results?.participation).toEqual({
			invited: null,
			responding: 23,
			signatories: 27,
			respondingSignatories: 21
		});
		expect(contradictedStatements(report2013Statements, results!.cities, results!.participation)).toEqual([]);
		expect(results!.cities.every((city) => Object.values(city.ratings).every((r) => r !== null))).toBe(true);
	});

	it('label both published cycles as illustrative and leave the open one alone', async () => {
		const notes = await app.db
			.select({ slug: cycles.slug, note: cycles.note })
			.from(cycles)
			.where(inArray(cycles.slug, ['2011-2012', '2018-2020', '2024-2026']));
		const bySlug = Object.fromEntries(notes.map((row) => [row.slug, row.note ?? '']));
		expect(bySlug['2011-2012']).toContain(illustrativeMarker);
		expect(bySlug['2018-2020']).toContain(illustrativeMarker);
		expect(bySlug['2024-2026']).not.toContain(illustrativeMarker);
		const recent = await publishedCycleResults(app.db, '2018-2020');
		expect(recent?.cycle.illustrative).toBe(true);
		expect(recent?.cities).toHaveLength(22);
		expect(recent?.previousCycle?.slug).toBe('2011-2012');
	});

	it("keep Helsinki's demo answers and add nothing on a second start", async () => {
		const before = await answerCount();
		// The two illustrative cycles: 23 + 22 responses × 11 ratings.
		expect(await illustrativeAnswerCount()).toBe(45 * 11);
		await seedDemo(app.db, app.auth, 'another-password-456');
		expect(await answerCount()).toBe(before);
		const recent = await publishedCycleResults(app.db, '2018-2020');
		const helsinki = recent!.cities.find((c) => c.cityName === 'Helsinki');
		expect(helsinki?.texts[10]?.evidence).toMatch(/^Demo answer for commitment 10/);
		const [note] = await app.db
			.select({ note: cycles.note })
			.from(cycles)
			.where(eq(cycles.slug, '2011-2012'));
		expect(note?.note?.split(illustrativeMarker)).toHaveLength(2);
	});
});
