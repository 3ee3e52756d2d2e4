import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { assignSection } from '$lib/server/commands/assign-section';
import { restoreAnswer } from '$lib/server/commands/restore-answer';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { submitResponse } from '$lib/server/commands/submit-response';
import { outbox, responses } from '$lib/server/db/schema';
import { answerHistoryOf, responseForCity } from '$lib/server/reads/response-for-city';
import { buildCity, buildOpenResponse, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const fully = (evidence: string) => ({ rating: 'fully', evidence });

describe(`answering the questionnaire on ${driverUnderTest}`, () => {
	let app: AppContext;
	let responseId: number;
	let cycleSlug: string;
	let cityId: number;
	let coordinator: Actor;
	let contributor: Actor;
	let otherCoordinator: Actor;
	let secretariat: Actor;

	beforeAll(async () => {
		app = await createTestApp();
		const city = await buildCity(app, { name: 'Helsinki' });
		const other = await buildCity(app, { name: 'Oslo' });
		cityId = city.id;
		const built = await buildOpenResponse(app, city.id);
		responseId = built.response.id;
		cycleSlug = built.cycle.slug;
		const actor = async (role: 'coordinator' | 'contributor' | 'secretariat', city: number | null) => ({
			id: (await buildPerson(app, role, city)).id,
			role,
			cityId: city
		});
		coordinator = await actor('coordinator', city.id);
		contributor = await actor('contributor', city.id);
		otherCoordinator = await actor('coordinator', other.id);
		secretariat = await actor('secretariat', null);
	});
	afterAll(async () => app.close());

	it('refuses the second of two saves started from the same revision, and returns both versions', async () => {
		const first = await saveAnswer(app.db, coordinator, {
			responseId,
			itemId: 'c1-rating',
			value: fully('A campaign by the mayor'),
			baseRevision: 0
		});
		expect(first).toMatchObject({ ok: true, revision: 1 });
		const second = await saveAnswer(app.db, coordinator, {
			responseId,
			itemId: 'c1-rating',
			value: fully('A different text typed in another tab'),
			baseRevision: 0
		});
		expect(second).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { revision: 1, value: { rating: 'fully', evidence: 'A campaign by the mayor' } }
		});
		const view = await responseForCity(app.db, cycleSlug, cityId);
		expect(view?.answers['c1-rating']?.value).toEqual(fully('A campaign by the mayor'));
	});

	it('keeps every saved value and restores an earlier one as a new revision', async () => {
		await saveAnswer(app.db, coordinator, {
			responseId,
			itemId: 'c2-rating',
			value: fully('First'),
			baseRevision: 0
		});
		await saveAnswer(app.db, coordinator, {
			responseId,
			itemId: 'c2-rating',
			value: fully('Second'),
			baseRevision: 1
		});
		const history = await answerHistoryOf(app.db, responseId, 'c2-rating');
		expect(history.map((h) => (h.value as { evidence: string }).evidence)).toEqual(['Second', 'First']);

		const restored = await restoreAnswer(app.db, coordinator, {
			responseId,
			itemId: 'c2-rating',
			historyId: history[1]!.id
		});
		expect(restored).toMatchObject({ ok: true, revision: 3 });
		const after = await answerHistoryOf(app.db, responseId, 'c2-rating');
		expect(after.map((h) => [h.revision, (h.value as { evidence: string }).evidence, h.source])).toEqual([
			[3, 'First', 'restore'],
			[2, 'Second', 'save'],
			[1, 'First', 'save']
		]);
	});

	it('refuses a value that breaks the item’s rules and names the field', async () => {
		const result = await saveAnswer(app.db, coordinator, {
			responseId,
			itemId: 'c3-rating',
			value: { rating: 'partly', evidence: '  ' },
			baseRevision: 0
		});
		expect(result).toMatchObject({ ok: false, reason: 'invalid' });
		if (result.ok || result.reason !== 'invalid') return;
		expect(result.errors.map((e) => e.field)).toEqual(['c3-rating.evidence']);
	});

	it('lets a contributor write only the sections assigned to them', async () => {
		const save = (itemId: string) =>
			saveAnswer(app.db, contributor, { responseId, itemId, value: fully('From HR'), baseRevision: 0 });
		expect(await save('c6-rating')).toEqual({ ok: false, reason: 'forbidden' });
		expect(
			await assignSection(app.db, contributor, {
				responseId,
				sectionId: 'employer',
				assigneeId: contributor.id
			})
		).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(
			await assignSection(app.db, coordinator, {
				responseId,
				sectionId: 'employer',
				assigneeId: contributor.id
			})
		).toEqual({
			ok: true
		});
		expect(await save('c6-rating')).toMatchObject({ ok: true });
		expect(await save('c9-rating')).toEqual({ ok: false, reason: 'forbidden' });
	});

	it('lets no other city and not the secretariat write, and hides the response from other cities', async () => {
		for (const actor of [otherCoordinator, secretariat]) {
			const result = await saveAnswer(app.db, actor, {
				responseId,
				itemId: 'c4-rating',
				value: fully('Intruder'),
				baseRevision: 0
			});
			expect(result).toEqual({ ok: false, reason: 'forbidden' });
		}
		expect(await responseForCity(app.db, cycleSlug, otherCoordinator.cityId!)).toBeNull();
	});

	it('refuses to submit while required answers are missing, then locks the response after submission', async () => {
		const refused = await submitResponse(
			{ db: app.db, mailer: app.mailer, origin: 'http://localhost' },
			coordinator,
			responseId
		);
		expect(refused).toMatchObject({ ok: false, reason: 'missing' });
		if (refused.ok || refused.reason !== 'missing') return;
		expect(refused.missing.length).toBeGreaterThan(0);

		// Answering some items makes others required (e.g. the strategy's name once a strategy exists), so fill
		// until nothing is missing, as a coordinator working through the list would.
		let missing = refused.missing;
		for (let round = 0; round < 4 && missing.length > 0; round++) {
			const view = await responseForCity(app.db, cycleSlug, cityId);
			for (const item of missing) {
				const result = await fillRequired(item.itemId, view?.answers[item.itemId]?.revision ?? 0);
				expect(result.ok, `${item.itemId}: ${JSON.stringify(result)}`).toBe(true);
			}
			const { missingRequired } = await import('$lib/domain/questionnaire/validate');
			const after = await responseForCity(app.db, cycleSlug, cityId);
			const values = Object.fromEntries(Object.entries(after?.answers ?? {}).map(([id, a]) => [id, a.value]));
			missing = missingRequired(after!.context.definition, values, {
				cycleStartYear: 2024,
				cycleEndYear: 2026
			});
		}
		expect(
			await submitResponse(
				{ db: app.db, mailer: app.mailer, origin: 'http://localhost' },
				contributor,
				responseId
			)
		).toEqual({ ok: false, reason: 'forbidden' });
		expect(
			await submitResponse(
				{ db: app.db, mailer: app.mailer, origin: 'http://localhost' },
				coordinator,
				responseId
			)
		).toEqual({ ok: true });
		const [stored] = await app.db.select().from(responses).where(eq(responses.id, responseId));
		expect(stored?.state).toBe('submitted');
		const notified = await app.db
			.select()
			.from(outbox)
			.where(eq(outbox.subject, 'Helsinki submitted its self-assessment'));
		expect(notified.length).toBeGreaterThan(0);

		const late = await saveAnswer(app.db, coordinator, {
			responseId,
			itemId: 'c1-rating',
			value: fully('After submission'),
			baseRevision: 1
		});
		expect(late).toEqual({ ok: false, reason: 'forbidden' });
	});

	async function fillRequired(itemId: string, baseRevision: number) {
		const { findItem } = await import('$lib/server/reads/response-context');
		const { currentQuestionnaire } = await import('$lib/domain/questionnaire/charter-questionnaire');
		const found = findItem(currentQuestionnaire, itemId);
		const value = found?.item.type === 'rating' ? fully('Evidence') : sampleValue(found?.item);
		return saveAnswer(app.db, coordinator, { responseId, itemId, value, baseRevision });
	}
});

function sampleValue(item: { type: string; options?: { value: string }[] } | undefined): unknown {
	if (!item) return null;
	if (item.type === 'choice') return item.options?.[0]?.value;
	if (item.type === 'multi_choice') return [item.options?.[0]?.value];
	return 'An answer';
}
