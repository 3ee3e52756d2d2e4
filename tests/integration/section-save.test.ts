import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { answerHistoryOf, responseForCity } from '$lib/server/reads/response-for-city';
import { actions as sectionActions } from '../../src/routes/respond/[cycle]/[section]/+page.server';
import { buildCity, buildOpenResponse, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type Person = Actor & { email: string; name: string };

/** What a section page's save action sends and answers, item by item. */
describe(`saving a section page on ${driverUnderTest}`, () => {
	let app: AppContext;
	let responseId: number;
	let cityId: number;
	let cycleSlug: string;
	let coordinator: Person;
	let colleague: Person;

	const event = (person: Person, section: string, body: FormData) => {
		const url = new URL(`http://localhost:4173/respond/${cycleSlug}/${section}`);
		return {
			locals: { app, locale: 'en', user: { ...person } },
			params: { cycle: cycleSlug, section },
			url,
			request: new Request(url, { method: 'POST', body })
		} as never;
	};
	const form = (entries: [string, string][]) => {
		const data = new FormData();
		for (const [name, value] of entries) data.append(name, value);
		return data;
	};
	const current = async (itemId: string) =>
		(await responseForCity(app.db, cycleSlug, cityId))?.answers[itemId] ?? null;

	beforeAll(async () => {
		app = await createTestApp();
		const city = await buildCity(app, { name: 'Helsinki' });
		cityId = city.id;
		const built = await buildOpenResponse(app, city.id);
		responseId = built.response.id;
		cycleSlug = built.cycle.slug;
		const person = async (name: string): Promise<Person> => {
			const { id, email } = await buildPerson(app, 'coordinator', city.id);
			const { user } = await import('$lib/server/db/schema');
			const { eq } = await import('drizzle-orm');
			await app.db.update(user).set({ name }).where(eq(user.id, id));
			return { id, email, name, role: 'coordinator', cityId: city.id };
		};
		coordinator = await person('Aino Virtanen');
		colleague = await person('Mikko Laine');
	});
	afterAll(async () => app.close());

	it('leaves an item alone when the request does not carry it, and saves the one it does', async () => {
		for (const [itemId, text] of [
			['national-developments', 'A new national integration act'],
			['local-debates', 'A debate on housing']
		] as const) {
			expect(
				await saveAnswer(app.db, coordinator, { responseId, itemId, value: text, baseRevision: 0 })
			).toMatchObject({ ok: true, revision: 1 });
		}
		// Only the item that was edited travels, with its revision marker.
		const result = await sectionActions.save!(
			event(
				colleague,
				'city-context',
				form([
					['__rev.local-debates', '1'],
					['local-debates', 'A debate on housing and schools']
				])
			)
		);
		expect(result).toMatchObject({ saved: 1 });
		expect((await current('local-debates'))?.value).toBe('A debate on housing and schools');
		expect(await current('national-developments')).toMatchObject({
			value: 'A new national integration act',
			revision: 1
		});
		expect(await answerHistoryOf(app.db, responseId, 'national-developments')).toHaveLength(1);
	});

	it('refuses a value that breaks its item’s rules with the message, and saves the valid answer beside it', async () => {
		const before = await current('local-debates');
		const result = await sectionActions.save!(
			event(
				coordinator,
				'city-context',
				form([
					['__rev.strategy-years', '0'],
					['strategy-years', 'From 2021 to 2025, reviewed halfway and extended if needed'],
					[`__rev.local-debates`, String(before?.revision ?? 0)],
					['local-debates', 'A debate on housing, schools and transport']
				])
			)
		);
		expect(result).toMatchObject({
			status: 422,
			data: { errors: { 'strategy-years': 'Use 50 characters or fewer' } }
		});
		expect(await current('strategy-years')).toBeNull();
		expect((await current('local-debates'))?.value).toBe('A debate on housing, schools and transport');
	});

	it('clears ticked boxes only when the item’s marker says the item was on the page', async () => {
		expect(
			await saveAnswer(app.db, coordinator, {
				responseId,
				itemId: 'network-support',
				value: ['peer_review'],
				baseRevision: 0
			})
		).toMatchObject({ ok: true });
		const before = await current('network-support');
		// Unticked boxes send nothing: without the marker the item is simply not in the request.
		await sectionActions.save!(
			event(
				colleague,
				'priorities',
				form([
					['__rev.next-priorities', '0'],
					['next-priorities', 'Housing']
				])
			)
		);
		expect(await current('network-support')).toMatchObject({ value: before?.value, revision: 1 });
		// With the marker and no box ticked, the person unticked them all.
		await sectionActions.save!(event(colleague, 'priorities', form([['__rev.network-support', '1']])));
		expect(await current('network-support')).toMatchObject({ revision: 2 });
		expect((await current('network-support'))?.value ?? []).toEqual([]);
	});

	it('names the colleague, not their account, beside a conflicting answer', async () => {
		const result = (await sectionActions.save!(
			event(
				colleague,
				'city-context',
				form([
					['__rev.national-developments', '0'],
					['national-developments', 'Typed in a page loaded before the first save']
				])
			)
		)) as unknown as { status: number; data: { conflicts: Record<string, { by: string; at: string }> } };
		expect(result.status).toBe(422);
		const conflict = result.data.conflicts['national-developments'];
		expect(conflict?.by).toBe('Aino Virtanen');
		expect(new Date(conflict!.at).getTime()).toBeGreaterThan(0);
		expect(await current('national-developments')).toMatchObject({
			value: 'A new national integration act',
			revision: 1
		});
	});

	it('shows the newer value, never the stale one, with the newer revision after a refused save', async () => {
		expect(
			await saveAnswer(app.db, coordinator, {
				responseId,
				itemId: 'strategy-name',
				value: 'Everybody is Helsinki',
				baseRevision: 0
			})
		).toMatchObject({ ok: true, revision: 1 });
		// A page loaded before that save: the name unchanged (blank) by this person, another answer too long.
		const result = (await sectionActions.save!(
			event(
				colleague,
				'city-context',
				form([
					['__rev.strategy-name', '0'],
					['strategy-name', ''],
					['__rev.strategy-years', '0'],
					['strategy-years', 'x'.repeat(5000)]
				])
			)
		)) as unknown as {
			status: number;
			data: { fields: Record<string, string>; revisions: Record<string, number> };
		};
		expect(result.status).toBe(422);
		// The page goes back with the newer revision, so it must show the newer value beside it.
		expect(result.data.revisions['strategy-name']).toBe(1);
		expect(result.data.fields['strategy-name']).toBe('Everybody is Helsinki');
		expect(await current('strategy-name')).toMatchObject({ value: 'Everybody is Helsinki', revision: 1 });
	});
});
