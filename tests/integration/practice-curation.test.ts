import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { answers, auditLog, practices, responses } from '$lib/server/db/schema';
import { parsePracticeQuery, practiceBySlug, searchPractices } from '$lib/server/reads/search-practices';
import { listCandidates } from '$lib/server/reads/practice-candidates';
import { actions as editActions } from '../../src/routes/admin/practices/[id]/+page.server';
import { actions as newActions } from '../../src/routes/admin/practices/new/+page.server';
import { load as publicPracticePage } from '../../src/routes/practices/[slug]/+page.server';
import { buildCity, buildCycle, buildPractice, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

type Action = (event: never) => unknown;

describe(`curating the good-practice library on ${driverUnderTest}`, () => {
	let app: AppContext;
	let secretariat: SignedInUser;
	let city: Awaited<ReturnType<typeof buildCity>>;

	beforeAll(async () => {
		app = await createTestApp();
		city = await buildCity(app, { slug: 'ghent', name: 'Ghent', countryCode: 'BE' });
		const person = await buildPerson(app, 'secretariat');
		secretariat = { id: person.id, name: 'S', email: person.email, role: 'secretariat', cityId: null };
	});
	afterAll(() => app.close());

	/** Runs a form action as the page would: the user, the posted fields, the address. */
	async function post(action: Action, path: string, fields: [string, string][], user = secretariat) {
		const form = new FormData();
		for (const [name, value] of fields) form.append(name, value);
		const url = new URL(`http://localhost:4173${path}`);
		const event = {
			locals: { app, locale: 'en', user },
			params: { id: url.pathname.split('/')[3] ?? '' },
			url,
			request: new Request(url, { method: 'POST', body: form })
		};
		try {
			return { result: await action(event as never) };
		} catch (thrown) {
			return { thrown: thrown as { status: number; location?: string } };
		}
	}

	const validFields = (title: string): [string, string][] => [
		['cityId', String(city.id)],
		['title', title],
		['summary', 'Volunteers meet newcomers every week for conversation in Dutch over coffee.'],
		['language', 'en'],
		['startYear', '2018'],
		['endYear', ''],
		['ongoing', 'on'],
		['commitments', '4'],
		['themes', 'language-learning'],
		['link-0-url', 'https://stad.gent/cafe'],
		['link-0-title', 'Café page'],
		['sourceReport', '6th Integrating Cities Report'],
		['sourceYear', '2024']
	];

	async function create(title: string) {
		const { thrown } = await post(
			newActions.save as Action,
			'/admin/practices/new?/save',
			validFields(title)
		);
		expect(thrown?.status).toBe(303);
		const id = Number(thrown?.location?.match(/\/admin\/practices\/(\d+)/)?.[1]);
		const [row] = await app.db.select().from(practices).where(eq(practices.id, id));
		if (!row) throw new Error('practice not created');
		return row;
	}

	const publicSearch = (q: string) =>
		searchPractices(app.db, parsePracticeQuery(new URLSearchParams({ q })), { publicOnly: true });

	async function publicPage(slug: string) {
		try {
			return await publicPracticePage({
				locals: { app, locale: 'en', user: null },
				params: { slug },
				url: new URL(`http://localhost/practices/${slug}`)
			} as unknown as Parameters<typeof publicPracticePage>[0]);
		} catch (thrown) {
			return thrown as { status: number; location?: string };
		}
	}

	it('refuses invalid input with a message for each field, and saves nothing', async () => {
		const before = await app.db.select({ id: practices.id }).from(practices);
		const { result } = await post(newActions.save as Action, '/admin/practices/new?/save', [
			['cityId', ''],
			['title', 'x'],
			['summary', 'short'],
			['language', 'en'],
			['startYear', '2020'],
			['endYear', '2019'],
			['themes', 'not-a-theme'],
			['link-1-url', 'not a web address']
		]);
		expect(result).toMatchObject({
			status: 422,
			data: {
				errors: {
					cityId: 'Choose the city of the practice',
					title: 'Enter a title of at least 3 characters',
					summary: 'Enter a summary of at least 20 characters',
					endYear: 'Enter an end year that is not before the start year',
					commitments: 'Choose at least one commitment',
					themes: 'Choose only from the options shown',
					'link-1-url': 'Enter a web address starting with https://, like https://www.city.eu/page'
				},
				values: { title: 'x', summary: 'short' }
			}
		});
		expect(await app.db.select({ id: practices.id }).from(practices)).toHaveLength(before.length);
	});

	it('refuses a city person: the action checks the role itself', async () => {
		const coordinator = { ...secretariat, role: 'coordinator' as const, cityId: city.id };
		const { thrown } = await post(
			newActions.save as Action,
			'/admin/practices/new?/save',
			validFields('Not allowed'),
			coordinator
		);
		expect(thrown?.status).toBe(403);
	});

	it('keeps a new practice a draft, unseen by the public, until it is published, and hides it again when unpublished', async () => {
		const practice = await create('Language café for newcomers');
		expect(practice).toMatchObject({ status: 'draft', slug: 'ghent-language-cafe-for-newcomers' });
		expect(practice.links).toEqual([{ url: 'https://stad.gent/cafe', title: 'Café page' }]);
		expect((await publicSearch('café newcomers')).total).toBe(0);
		expect(await publicPage(practice.slug)).toMatchObject({ status: 404 });

		const path = `/admin/practices/${practice.id}`;
		expect((await post(editActions.publish as Action, `${path}?/publish`, [])).thrown?.status).toBe(303);
		const found = await publicSearch('café newcomers');
		expect(found.items.map((item) => item.slug)).toEqual([practice.slug]);
		expect(await publicPage(practice.slug)).toMatchObject({ practice: { title: practice.title } });

		expect((await post(editActions.unpublish as Action, `${path}?/unpublish`, [])).thrown?.status).toBe(303);
		expect((await publicSearch('café newcomers')).total).toBe(0);
		expect(await publicPage(practice.slug)).toMatchObject({ status: 404 });
		expect(await practiceBySlug(app.db, practice.slug, { publicOnly: true })).toBeNull();

		const trail = await app.db
			.select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
			.from(auditLog)
			.where(and(eq(auditLog.subjectType, 'practice'), eq(auditLog.subjectId, String(practice.id))))
			.orderBy(auditLog.id);
		expect(trail.map((entry) => entry.action)).toEqual([
			'practice.created',
			'practice.published',
			'practice.unpublished'
		]);
		expect(trail[1]).toMatchObject({ before: { status: 'draft' }, after: { status: 'published' } });
	});

	it('gives a second practice with the same title its own address, and audits an edit with before and after', async () => {
		const first = await create('Welcome desk');
		const second = await create('Welcome desk');
		expect(second.slug).toBe('ghent-welcome-desk-2');
		const fields = validFields('Welcome desk at the town hall').map(([name, value]): [string, string] =>
			name === 'commitments' ? [name, '5'] : [name, value]
		);
		const { thrown } = await post(editActions.save as Action, `/admin/practices/${first.id}?/save`, fields);
		expect(thrown?.status).toBe(303);
		const [entry] = await app.db
			.select({ before: auditLog.before, after: auditLog.after })
			.from(auditLog)
			.where(and(eq(auditLog.action, 'practice.updated'), eq(auditLog.subjectId, String(first.id))));
		expect(entry?.before).toMatchObject({ title: 'Welcome desk', commitments: [4] });
		expect(entry?.after).toMatchObject({ title: 'Welcome desk at the town hall', commitments: [5] });
	});

	it('promotes a good practice from a submitted response, keeping the response, the row and the city', async () => {
		const leipzig = await buildCity(app, { slug: 'leipzig', name: 'Leipzig', countryCode: 'DE' });
		const cycle = await buildCycle(app, {
			name: 'Reporting period 2022–2024',
			reportYear: 2024,
			status: 'closed'
		});
		const [response] = await app.db
			.insert(responses)
			.values({ cycleId: cycle.id, cityId: leipzig.id, state: 'submitted' })
			.returning();
		if (!response) throw new Error('no response');
		await app.db.insert(answers).values({
			responseId: response.id,
			itemId: 'good-practices',
			revision: 1,
			value: [
				{
					title: 'Mentoring for new teachers',
					summary: 'Teachers who trained abroad are paired with a mentor.'
				},
				{
					title: 'Welcome walks',
					summary: 'Volunteers show newcomers around their neighbourhood each month.'
				}
			]
		});
		// A response still in progress is the city's own work: none of its rows is offered.
		const draftCity = await buildCity(app);
		const [draft] = await app.db
			.insert(responses)
			.values({ cycleId: cycle.id, cityId: draftCity.id, state: 'in_progress' })
			.returning();
		await app.db.insert(answers).values({
			responseId: draft?.id ?? 0,
			itemId: 'good-practices',
			revision: 1,
			value: [{ title: 'Unfinished idea', summary: 'Not handed in.' }]
		});

		const offered = await listCandidates(app.db);
		expect(offered.map((c) => c.title)).toEqual(['Mentoring for new teachers', 'Welcome walks']);

		// The form's city is ignored: the practice is the responding city's.
		const fields = validFields('Welcome walks in every district').map(([name, value]): [string, string] =>
			name === 'cityId' ? [name, String(city.id)] : name.startsWith('source') ? [name, ''] : [name, value]
		);
		const path = `/admin/practices/new?/save&response=${response.id}&row=2`;
		const { thrown } = await post(newActions.save as Action, path, fields);
		expect(thrown?.status).toBe(303);
		const [promoted] = await app.db
			.select()
			.from(practices)
			.where(eq(practices.sourceResponseId, response.id));
		expect(promoted).toMatchObject({
			cityId: leipzig.id,
			status: 'draft',
			sourceItemId: 'good-practices#2',
			source: { report: 'Reporting period 2022–2024', year: 2024 }
		});
		const after = await listCandidates(app.db);
		expect(after.find((c) => c.row === 2)?.promoted).toMatchObject({ id: promoted?.id });
		expect(after.find((c) => c.row === 1)?.promoted).toBeNull();

		// Promoting the same row again leads to the practice made the first time instead of a duplicate.
		const again = await post(newActions.save as Action, path, fields);
		expect(again.thrown).toMatchObject({ status: 303, location: `/admin/practices/${promoted?.id}` });
		const [audit] = await app.db
			.select({ after: auditLog.after })
			.from(auditLog)
			.where(and(eq(auditLog.action, 'practice.promoted'), eq(auditLog.subjectId, String(promoted?.id))));
		expect(audit?.after).toMatchObject({ sourceResponseId: response.id, cityId: leipzig.id });
	});

	it('merges a duplicate: hidden publicly, its address leads to the kept one, tags and links are unioned', async () => {
		const kept = await buildPractice(app, city.id, {
			slug: 'ghent-job-coaching',
			title: 'Job coaching for refugees',
			summary: 'Coaches accompany refugees into their first job.',
			commitments: [4],
			themes: ['employment'],
			targetGroups: ['refugees-asylum-seekers'],
			links: [{ url: 'https://stad.gent/jobs', title: 'Jobs' }]
		});
		const duplicate = await buildPractice(app, city.id, {
			slug: 'ghent-refugee-job-coaching',
			title: 'Refugee job coaching',
			summary: 'Refugees get a personal coach until they find work.',
			commitments: [4, 5],
			themes: ['employment', 'social-care'],
			funding: ['esf'],
			links: [
				{ url: 'https://stad.gent/jobs/', title: 'Same page' },
				{ url: 'https://esf.be/gent', title: 'ESF project' }
			]
		});
		expect((await publicSearch('coach')).total).toBe(2);

		const path = `/admin/practices/${duplicate.id}?/merge`;
		const refused = await post(editActions.merge as Action, path, [['into', String(kept.id)]]);
		expect(refused.result).toMatchObject({
			status: 422,
			data: { mergeErrors: { confirm: 'Confirm that this practice is a duplicate' } }
		});
		const { thrown } = await post(editActions.merge as Action, path, [
			['into', String(kept.id)],
			['confirm', 'yes']
		]);
		expect(thrown?.status).toBe(303);

		const found = await publicSearch('coach');
		expect(found.items.map((item) => item.slug)).toEqual(['ghent-job-coaching']);
		expect(await publicPage(duplicate.slug)).toMatchObject({
			status: 301,
			location: '/practices/ghent-job-coaching'
		});
		const [after] = await app.db.select().from(practices).where(eq(practices.id, kept.id));
		expect(after).toMatchObject({
			title: 'Job coaching for refugees',
			commitments: [4, 5],
			themes: ['employment', 'social-care'],
			targetGroups: ['refugees-asylum-seekers'],
			funding: ['esf'],
			links: [
				{ url: 'https://stad.gent/jobs', title: 'Jobs' },
				{ url: 'https://esf.be/gent', title: 'ESF project' }
			]
		});
		const [gone] = await app.db.select().from(practices).where(eq(practices.id, duplicate.id));
		expect(gone).toMatchObject({ status: 'draft', mergedIntoId: kept.id });

		// A merged practice cannot be published again by mistake.
		const republish = await post(
			editActions.publish as Action,
			`/admin/practices/${duplicate.id}?/publish`,
			[]
		);
		expect(republish.result).toMatchObject({ status: 409 });
		expect((await publicSearch('coach')).total).toBe(1);

		const trail = await app.db
			.select({ subject: auditLog.subjectId, after: auditLog.after })
			.from(auditLog)
			.where(eq(auditLog.action, 'practice.merged'))
			.orderBy(auditLog.id);
		expect(trail).toEqual([
			{ subject: String(duplicate.id), after: { status: 'draft', mergedIntoId: kept.id } },
			expect.objectContaining({
				subject: String(kept.id),
				after: expect.objectContaining({ mergedFromId: duplicate.id, funding: ['esf'] })
			})
		]);
	});
});
