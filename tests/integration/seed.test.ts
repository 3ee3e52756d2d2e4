import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { seedPractices } from '$lib/domain/practices/seed-practices';
import { cities, practices, responses, cycles, user } from '$lib/server/db/schema';
import { demoCities, demoCycles } from '$lib/server/seed/demo-data';
import { demoModuleAnswers } from '$lib/server/seed/demo-module-answers';
import { demoAccounts, seedDemo } from '$lib/server/seed/seed-demo';
import { createTestApp, driverUnderTest } from '../factories/test-database';

describe(`demo data on ${driverUnderTest}`, () => {
	let app: AppContext;
	beforeAll(async () => {
		app = await createTestApp();
	});
	afterAll(async () => app.close());

	const rows = async () => ({
		cities: (await app.db.select({ n: count() }).from(cities))[0]?.n,
		cycles: (await app.db.select({ n: count() }).from(cycles))[0]?.n,
		participations: (await app.db.select({ n: count() }).from(responses))[0]?.n,
		people: (await app.db.select({ n: count() }).from(user))[0]?.n,
		practices: (await app.db.select({ n: count() }).from(practices))[0]?.n
	});

	it('loads every demo city, cycle, respondent and account on first start', async () => {
		const report = await seedDemo(app.db, app.auth, 'seeded-password-123');
		// The published cycles' respondents, plus every signatory invited to the open demo cycle.
		const signatories = demoCities.filter((city) => city.signedOn).length;
		const respondents = demoCycles.reduce((sum, cycle) => sum + cycle.respondents.length, 0) + signatories;
		expect(report.citiesAdded).toBe(demoCities.length);
		expect(report.cyclesAdded).toBe(demoCycles.length + 1);
		expect(report.participationsAdded).toBe(respondents);
		expect(report.practicesAdded).toBe(seedPractices.length);
		expect(report.accountsCreated.map((a) => a.email)).toEqual(demoAccounts.map((a) => a.email));
		// The cycle with the Ukraine module adds itself and its responses: Helsinki and the cities that answered.
		const moduleResponses = 1 + Object.keys(demoModuleAnswers).length;
		expect(await rows()).toEqual({
			cities: demoCities.length,
			cycles: demoCycles.length + 2,
			participations: respondents + moduleResponses,
			people: demoAccounts.length,
			practices: seedPractices.length
		});
	});

	it('adds nothing on a second start and keeps what the secretariat edited', async () => {
		const before = await rows();
		await app.db.update(cities).set({ name: 'Helsingfors' }).where(eq(cities.slug, 'helsinki'));
		const report = await seedDemo(app.db, app.auth, 'another-password-456');
		expect(report).toEqual({
			citiesAdded: 0,
			cyclesAdded: 0,
			participationsAdded: 0,
			practicesAdded: 0,
			accountsCreated: []
		});
		expect(await rows()).toEqual(before);
		const [helsinki] = await app.db.select().from(cities).where(eq(cities.slug, 'helsinki'));
		expect(helsinki?.name).toBe('Helsingfors');
	});

	it('gives the demo coordinator the city named in the demo data', async () => {
		const [coordinator] = await app.db
			.select({ role: user.role, city: cities.slug })
			.from(user)
			.innerJoin(cities, eq(cities.id, user.cityId))
			.where(eq(user.email, 'coordinator.helsinki@demo.integrating-cities.eu'));
		expect(coordinator).toEqual({ role: 'coordinator', city: 'helsinki' });
	});
});

describe(`demo questionnaire on ${driverUnderTest}`, () => {
	let app: AppContext;
	beforeAll(async () => {
		app = await createTestApp();
		await seedDemo(app.db, app.auth, 'seeded-password-123');
	});
	afterAll(async () => app.close());

	it('opens the 2024–2026 cycle to Helsinki with its 2018–2020 answers shown as previous', async () => {
		const { responseForCity } = await import('$lib/server/reads/response-for-city');
		const [helsinki] = await app.db.select().from(cities).where(eq(cities.slug, 'helsinki'));
		const view = await responseForCity(app.db, '2024-2026', helsinki!.id);
		expect(view?.context.state).toBe('invited');
		expect(view?.previous?.cycleName).toMatch(/2018–2020/);
		expect(view?.previous?.answers['c1-rating']).toMatchObject({ rating: 'fully' });
	});

	it('has an open cycle with the Ukraine module whose cities’ answers the analysis shows, none of it public', async () => {
		const { cycleModuleResults } = await import('$lib/server/reads/module-results');
		const { cycleResultsForSecretariat } = await import('$lib/server/reads/cycle-results');
		const { publishedCycleResults } = await import('$lib/server/public/cycle-results');
		const results = await cycleResultsForSecretariat(app.db, '2024-2026-ukraine');
		expect(results?.cycle).toMatchObject({ status: 'open', illustrative: true });
		const [module] = await cycleModuleResults(app.db, results!.cycle.id, 'en');
		expect(module?.title).toBe('Receiving people who fled the war in Ukraine');
		expect(module?.answeringCities).toBe(Object.keys(demoModuleAnswers).length);
		expect(await publishedCycleResults(app.db, '2024-2026-ukraine')).toBeNull();
		// Helsinki has the module left to answer: its response is not submitted yet.
		const { responseForCity } = await import('$lib/server/reads/response-for-city');
		const [helsinki] = await app.db.select().from(cities).where(eq(cities.slug, 'helsinki'));
		const view = await responseForCity(app.db, '2024-2026-ukraine', helsinki!.id);
		expect(view?.context.state).toBe('in_progress');
		expect(view?.answers['ukraine-lessons']).toBeUndefined();
		expect(view?.context.definition.version).toBe('charter-2026.2');
	});
});
