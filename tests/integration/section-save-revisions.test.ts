import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/response-access';
import type { AppContext } from '$lib/server/app';
import { saveSection } from '$lib/server/commands/save-section';
import { responseForCity } from '$lib/server/reads/response-for-city';
import { buildCity, buildOpenResponse, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

/** A section's save names the revision each answer started from; only whole numbers the database keeps count. */
describe(`revisions sent with a section on ${driverUnderTest}`, () => {
	let app: AppContext;
	let cycleSlug: string;
	let cityId: number;
	let coordinator: Actor;

	beforeAll(async () => {
		app = await createTestApp();
		const city = await buildCity(app, { name: 'Helsinki' });
		cityId = city.id;
		cycleSlug = (await buildOpenResponse(app, city.id)).cycle.slug;
		coordinator = { id: (await buildPerson(app, 'coordinator', city.id)).id, role: 'coordinator', cityId };
	});
	afterAll(async () => app.close());

	async function save(fields: Record<string, string>) {
		const view = (await responseForCity(app.db, cycleSlug, cityId))!;
		const section = view.context.definition.sections.find((s) =>
			s.items.some((item) => item.id === 'c1-rating')
		)!;
		const form = new FormData();
		for (const [name, value] of Object.entries(fields)) form.append(name, value);
		return { outcome: await saveSection(app.db, coordinator, view, section, form), view };
	}

	it.each(['1.5', '1e400', '2147483648', '-1', 'NaN', 'Infinity'])(
		'refuses the answer whose revision is %s, saving nothing for it and failing nothing else',
		async (revision) => {
			const { outcome } = await save({
				'c1-rating.rating': 'fully',
				'c1-rating.evidence': 'Typed with a broken revision',
				'__rev.c1-rating': revision
			});
			expect(outcome.errors['c1-rating']).toEqual({ message: 'input.badRevision' });
			expect(outcome.saved).toBe(0);
			const after = (await responseForCity(app.db, cycleSlug, cityId))!;
			expect(after.answers['c1-rating']).toBeUndefined();
		}
	);

	it('saves as before with a plain revision, or none', async () => {
		const { outcome } = await save({
			'c1-rating.rating': 'fully',
			'c1-rating.evidence': 'A campaign by the mayor',
			'__rev.c1-rating': '0'
		});
		expect(outcome).toMatchObject({ saved: 1, errors: {} });
		expect(outcome.revisions['c1-rating']).toBe(1);
	});
});
