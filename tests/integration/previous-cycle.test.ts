import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import type { AppContext } from '$lib/server/app';
import { answers } from '$lib/server/db/schema';
import { responseForCity } from '$lib/server/reads/response-for-city';
import { responseForReview } from '$lib/server/reads/response-for-review';
import { buildCity, buildCycle, buildCycleResponse, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

/**
 * The review page (and the city's questionnaire) puts each answer beside the city's answer in its previous
 * cycle: the most recent earlier cycle, by period, that is closed or published and in which the city answered.
 */
describe(`the previous cycle a response is compared with on ${driverUnderTest}`, () => {
	let app: AppContext;
	let city: Awaited<ReturnType<typeof buildCity>>;
	let reviewed: Awaited<ReturnType<typeof buildCycle>>;

	const cycleWithAnswer = async (
		status: 'draft' | 'open' | 'closed' | 'published',
		periodStart: string,
		evidence: string | null
	) => {
		const cycle = await buildCycle(app, {
			status,
			name: `${status} ${periodStart}`,
			periodStart,
			periodEnd: `${Number(periodStart.slice(0, 4)) + 2}-06-30`,
			questionnaireVersion: currentQuestionnaire.version,
			questionnaire: currentQuestionnaire
		});
		const response = await buildCycleResponse(app, cycle.id, city.id, { state: 'accepted' });
		if (evidence !== null)
			await app.db.insert(answers).values({
				responseId: response.id,
				itemId: 'c10-rating',
				value: rating('partly', evidence),
				revision: 1
			});
		return cycle;
	};

	beforeAll(async () => {
		app = await createTestApp();
		city = await buildCity(app, { name: 'Tampere' });
		await cycleWithAnswer('published', '2014-07-01', 'published long ago');
		await cycleWithAnswer('closed', '2016-07-01', 'the last closed cycle');
		// Later cycles that must be passed over: a published one the city joined without answering, an open
		// one (like the demo's), a draft, and a closed one that comes after the reviewed cycle.
		await cycleWithAnswer('published', '2018-07-01', null);
		await cycleWithAnswer('open', '2020-07-01', 'still open');
		await cycleWithAnswer('draft', '2021-07-01', 'a draft');
		reviewed = await buildCycle(app, {
			status: 'open',
			name: 'Reviewed',
			periodStart: '2022-07-01',
			periodEnd: '2024-06-30',
			questionnaireVersion: currentQuestionnaire.version,
			questionnaire: currentQuestionnaire
		});
		await buildCycleResponse(app, reviewed.id, city.id, { state: 'submitted', submittedAt: new Date() });
		await cycleWithAnswer('closed', '2024-07-01', 'a later cycle');
		// Another city's later, closed answers are not this city's.
		const other = await buildCity(app);
		const otherCycle = await buildCycle(app, { status: 'closed', periodStart: '2019-07-01' });
		const otherResponse = await buildCycleResponse(app, otherCycle.id, other.id, { state: 'accepted' });
		await app.db.insert(answers).values({
			responseId: otherResponse.id,
			itemId: 'c10-rating',
			value: rating('fully', 'elsewhere'),
			revision: 1
		});
	}, 120_000);

	afterAll(async () => {
		await app?.close();
	});

	it('is the most recent closed or published cycle in which the city answered', async () => {
		const view = await responseForReview(app.db, reviewed.slug, city.slug);
		expect(view?.previous?.cycleName).toBe('closed 2016-07-01');
		expect(view?.previous?.answers['c10-rating']).toEqual(rating('partly', 'the last closed cycle'));
	});

	it('is the same beside the city’s own questionnaire', async () => {
		const view = await responseForCity(app.db, reviewed.slug, city.id);
		expect(view?.previous?.cycleName).toBe('closed 2016-07-01');
	});

	it('is nothing when no earlier cycle is closed or published with answers', async () => {
		const first = await buildCity(app);
		const cycle = await buildCycle(app, {
			status: 'open',
			periodStart: '2022-07-01',
			questionnaireVersion: currentQuestionnaire.version,
			questionnaire: currentQuestionnaire
		});
		await buildCycleResponse(app, cycle.id, first.id, { state: 'submitted' });
		const view = await responseForCity(app.db, cycle.slug, first.id);
		expect(view).not.toBeNull();
		expect(view?.previous).toBeNull();
	});
});
