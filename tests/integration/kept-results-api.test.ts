import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { publishReport } from '$lib/server/commands/publish-report';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { saveReportChapter } from '$lib/server/commands/save-report-chapter';
import { startReport } from '$lib/server/commands/start-report';
import { updateCity } from '$lib/server/commands/update-city';
import { openDatabase } from '$lib/server/db';
import { answers, cities, cycles } from '$lib/server/db/schema';
import { keptPagesOf } from '$lib/server/page-cache/kept-pages';
import { publicPageCache } from '$lib/server/page-cache/public-page-hook';
import { reportSectionsOf } from '$lib/server/reads/report-sections';
import { GET as resultsHandler } from '../../src/routes/api/v1/cycles/[slug]/results/+server';
import {
	buildAnsweredResponse,
	buildCity,
	buildCycle,
	buildOpenResponse,
	buildPerson,
	rating
} from '../factories/builders';
import { createTestApp, driverUnderTest, openTestDatabase } from '../factories/test-database';

// The results API of a published cycle is answered from its kept JSON until public data changes (decision 21,
// page-cache/), as every anonymous GET of the open data API is. What a reader must never notice: an old answer
// after a publication, an edit or an unpublication, or anything of a city that is not published.

type Body = { cities?: { slug: string; name: string; ratings: Record<string, string | null> }[] } & Record<
	string,
	unknown
>;

/**
 * GET of the results API through the hook the server runs (publicPageCache), the results handler as the
 * rendering: `rendered` says whether the handler ran or the kept answer was sent.
 */
async function ask(app: AppContext, slug: string, ifNoneMatch?: string) {
	const url = new URL(`/api/v1/cycles/${slug}/results`, 'http://localhost:4173');
	const request = new Request(url, { headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {} });
	const event = {
		locals: { app, user: null, locale: 'en' },
		url,
		params: { slug },
		request,
		route: { id: '/api/v1/cycles/[slug]/results' },
		isDataRequest: false
	};
	let rendered = false;
	const response = await publicPageCache({
		event: event as never,
		resolve: (async () => {
			rendered = true;
			return resultsHandler(event as never);
		}) as never
	});
	const text = await response.text();
	return {
		status: response.status,
		etag: response.headers.get('etag'),
		body: (text ? JSON.parse(text) : null) as Body | null,
		text,
		rendered
	};
}

/** Waits until the process knows the data version (PGlite: its listener has started), so answers are kept. */
async function keeping(app: AppContext) {
	const { version } = keptPagesOf(app);
	for (let i = 0; i < 100 && (await version.current()) === null; i++) {
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe(`the results API answered from its kept JSON on ${driverUnderTest}`, () => {
	let app: AppContext;
	let databaseUrl: string | undefined;
	let secretariat: { id: string; role: 'secretariat' };
	const slug = 'kept-2022';
	const closedSlug = 'kept-2024';
	let closedId: number;
	let osloResponseId: number;

	beforeAll(async () => {
		const database = await openTestDatabase();
		databaseUrl = database.url;
		app = await createTestApp({ database });
		secretariat = { id: (await buildPerson(app, 'secretariat')).id, role: 'secretariat' };
		const published = await buildCycle(app, {
			slug,
			name: 'Kept 2022',
			periodStart: '2022-07-01',
			periodEnd: '2024-06-30',
			cityAnswersPublic: true
		});
		const ghent = await buildCity(app, { slug: 'k-ghent', name: 'Ghent', countryCode: 'BE' });
		const oslo = await buildCity(app, { slug: 'k-oslo', name: 'Oslo', countryCode: 'NO' });
		await buildAnsweredResponse(app, published.id, ghent.id, 'accepted', { 'c1-rating': rating('partly') });
		const osloResponse = await buildAnsweredResponse(app, published.id, oslo.id, 'submitted', {
			'c1-rating': rating('fully')
		});
		osloResponseId = osloResponse.id;
		// Answered but never handed in: a draft, which no reader of a published cycle may see.
		const drafting = await buildCity(app, { slug: 'k-draftville', name: 'Draftville', countryCode: 'FI' });
		await buildAnsweredResponse(app, published.id, drafting.id, 'in_progress', {
			'c1-rating': rating('not_at_all')
		});

		// A closed cycle, its report written but not yet published.
		const closed = await buildCycle(app, {
			slug: closedSlug,
			name: 'Kept 2024',
			periodStart: '2024-07-01',
			periodEnd: '2026-06-30',
			status: 'closed',
			cityAnswersPublic: true
		});
		closedId = closed.id;
		const lyon = await buildCity(app, { slug: 'k-lyon', name: 'Lyon', countryCode: 'FR' });
		await buildAnsweredResponse(app, closed.id, lyon.id, 'accepted', { 'c1-rating': rating('fully') });
		await startReport(app.db, secretariat, closed.id, { introduction: 'Introduction', conclusions: 'End' });
		for (const chapter of (await reportSectionsOf(app.db, closed.id)).filter((s) => s.kind === 'chapter')) {
			await saveReportChapter(app.db, secretariat, closed.id, chapter.id, {
				title: chapter.title ?? '',
				body: 'Cities answered.',
				version: chapter.version
			});
		}
		await keeping(app);
	});
	afterAll(() => app.close());

	it('answers again without computing, and a reader holding its tag gets 304 with the same tag', async () => {
		const first = await ask(app, slug);
		expect(first.status).toBe(200);
		expect(first.body?.cities?.map((city) => city.name)).toEqual(['Ghent', 'Oslo']);
		expect(first.etag).toMatch(/^"[\w-]+"$/);

		const again = await ask(app, slug);
		expect(again.rendered).toBe(false);
		expect(again.text).toBe(first.text);
		expect(again.etag).toBe(first.etag);

		const revalidated = await ask(app, slug, first.etag!);
		expect(revalidated.status).toBe(304);
		expect(revalidated.etag).toBe(first.etag);
		expect(revalidated.text).toBe('');
		expect(revalidated.rendered).toBe(false);
	});

	it('changes right after an edit that affects it: 200 and a new tag for a reader holding the old one', async () => {
		const before = await ask(app, slug);
		await ask(app, slug);
		const renamed = await updateCity(app.db, secretariat.id, 'k-ghent', {
			name: 'Gent',
			countryCode: 'BE',
			population: null,
			latitude: 60.17,
			longitude: 24.94,
			signedOn: '2013-01-31'
		});
		expect(renamed.ok).toBe(true);
		const afterRename = await ask(app, slug, before.etag!);
		expect(afterRename.status).toBe(200);
		expect(afterRename.etag).not.toBe(before.etag);
		expect(afterRename.body?.cities?.map((city) => city.name)).toEqual(['Gent', 'Oslo']);

		// A correction of a stored rating of the published cycle (as an operator would make it in the database).
		const osloRating = (body: Body | null) =>
			body?.cities?.find((city) => city.slug === 'k-oslo')?.ratings['1'];
		expect(osloRating(afterRename.body)).toBe('fully');
		await app.db
			.update(answers)
			.set({ value: rating('not_at_all') })
			.where(and(eq(answers.responseId, osloResponseId), eq(answers.itemId, 'c1-rating')));
		const afterCorrection = await ask(app, slug, afterRename.etag!);
		expect(afterCorrection.status).toBe(200);
		expect(afterCorrection.etag).not.toBe(afterRename.etag);
		expect(osloRating(afterCorrection.body)).toBe('not_at_all');
	});

	it('appears at once when the report is published, and is gone at once when it is unpublished', async () => {
		const hidden = await ask(app, closedSlug);
		expect(hidden.status).toBe(404);
		expect(hidden.text).not.toContain('Lyon');
		// A refusal is never kept: asked again, it is answered afresh.
		expect((await ask(app, closedSlug)).rendered).toBe(true);

		expect(await publishReport(app.db, secretariat, closedId, 'closed')).toMatchObject({ ok: true });
		const shown = await ask(app, closedSlug);
		expect(shown.status).toBe(200);
		expect(shown.body?.cities?.map((city) => city.name)).toEqual(['Lyon']);
		expect((await ask(app, closedSlug)).rendered).toBe(false);

		// The product has no way back from published; an operator who takes a cycle back in the database
		// takes its results off the API at the next request, even for a reader who holds the tag.
		await app.db.update(cycles).set({ status: 'closed' }).where(eq(cycles.id, closedId));
		const withdrawn = await ask(app, closedSlug, shown.etag!);
		expect(withdrawn.status).toBe(404);
		expect(withdrawn.text).not.toContain('Lyon');
		await app.db.update(cycles).set({ status: 'published' }).where(eq(cycles.id, closedId));
		expect((await ask(app, closedSlug)).body?.cities?.map((city) => city.name)).toEqual(['Lyon']);
	});

	it('never shows a city’s unpublished answers, and keeps its answer while cities work on an open cycle', async () => {
		// The city that was drafting is invited to the next, open cycle (a new cycle is public data: the kept
		// answer is renewed once), then answers it: autosaves change nothing public.
		const [drafting] = await app.db.select().from(cities).where(eq(cities.slug, 'k-draftville'));
		if (!drafting) throw new Error('Draftville is missing');
		const { cycle: open, response } = await buildOpenResponse(app, drafting.id);
		const coordinator = {
			id: (await buildPerson(app, 'coordinator', drafting.id)).id,
			role: 'coordinator' as const,
			cityId: drafting.id
		};
		const kept = await ask(app, slug);
		expect(kept.status).toBe(200);
		expect(kept.text).not.toContain('Draftville');
		expect(kept.text).not.toContain('k-draftville');

		const saved = await saveAnswer(app.db, coordinator, {
			responseId: response.id,
			itemId: 'c1-rating',
			value: rating('fully', 'Draftville’s unpublished evidence'),
			baseRevision: 0
		});
		expect(saved.ok).toBe(true);

		const afterSave = await ask(app, slug, kept.etag!);
		expect(afterSave.status).toBe(304);
		expect(afterSave.rendered).toBe(false);
		const openResults = await ask(app, open.slug);
		expect(openResults.status).toBe(404);
		expect(openResults.text).not.toContain('Draftville');
		expect((await ask(app, slug)).text).not.toContain('Draftville');
	});

	it.skipIf(driverUnderTest !== 'postgres')(
		'a change made through another app server on the same database is seen at the next request',
		async () => {
			const other = await createTestApp({ database: openDatabase({ url: databaseUrl! }) });
			try {
				await keeping(other);
				const here = await ask(app, slug);
				const there = await ask(other, slug);
				expect(there.etag).toBe(here.etag);
				expect((await ask(app, slug)).rendered).toBe(false);

				const renamed = await updateCity(other.db, secretariat.id, 'k-oslo', {
					name: 'Oslo kommune',
					countryCode: 'NO',
					population: null,
					latitude: 59.91,
					longitude: 10.75,
					signedOn: '2013-01-31'
				});
				expect(renamed.ok).toBe(true);
				const seen = await ask(app, slug, here.etag!);
				expect(seen.status).toBe(200);
				expect(seen.body?.cities?.map((city) => city.name)).toContain('Oslo kommune');
			} finally {
				await other.close();
			}
		}
	);
});
