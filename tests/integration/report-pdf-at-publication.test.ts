import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '$lib/domain/locale';
import type { AppContext } from '$lib/server/app';
import { saveReportChapter } from '$lib/server/commands/save-report-chapter';
import { startReport } from '$lib/server/commands/start-report';
import { keptReportPdf, reportPdfKey } from '$lib/server/exports/report-pdf';
import { publishedReport } from '$lib/server/reads/published-report';
import { reportSectionsOf } from '$lib/server/reads/report-sections';
import * as printing from '$lib/server/exports/print-after-publishing';
import { actions } from '../../src/routes/admin/cycles/[cycle]/report/+page.server';
import { buildCycle, buildPerson } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

describe(`the report's PDF is printed at publication on ${driverUnderTest}`, () => {
	let app: AppContext;
	const slug = 'pdf-at-publication';
	/** What the page fetch of the publishing request would render; here a small page in the asked language. */
	const asked: string[] = [];
	const pageFetch = (async (input: string, init?: RequestInit) => {
		const language = new Headers(init?.headers).get('accept-language') ?? '?';
		asked.push(`${input} ${language}`);
		if (input !== `/reports/${slug}`) return new Response('Not found', { status: 404 });
		return new Response(
			`<!doctype html><html lang="${language}"><title>r</title><h1>Report ${language}</h1></html>`,
			{
				headers: { 'content-type': 'text/html' }
			}
		);
	}) as typeof fetch;

	beforeAll(async () => {
		app = await createTestApp();
		const cycle = await buildCycle(app, { slug, name: 'Report printed in advance', status: 'closed' });
		const person = await buildPerson(app, 'secretariat');
		const secretariat = { id: person.id, role: 'secretariat' as const };
		await startReport(app.db, secretariat, cycle.id, {
			introduction: 'Introduction',
			conclusions: 'Closing'
		});
		for (const chapter of (await reportSectionsOf(app.db, cycle.id)).filter((s) => s.kind === 'chapter'))
			await saveReportChapter(app.db, secretariat, cycle.id, chapter.id, {
				title: chapter.title ?? '',
				body: 'Written.',
				version: chapter.version
			});
	});
	afterAll(() => app?.close());

	it('prints it in every language after the publish request answered, without a reader asking', async () => {
		const url = new URL(`http://localhost:4173/admin/cycles/${slug}/report?/publish`);
		const request = new Request(url, {
			method: 'POST',
			body: new URLSearchParams({ seen: 'closed', confirm: 'yes' })
		});
		const user = { id: 'someone', name: 'S', email: 's@example.eu', role: 'secretariat', cityId: null };
		const started = performance.now();
		const answer = await Promise.resolve()
			.then(() =>
				actions.publish!({
					locals: { app, user, locale: 'en' },
					params: { cycle: slug },
					url,
					request,
					fetch: pageFetch
				} as never)
			)
			.catch((thrown: unknown) => thrown);
		// The publish request redirects to the report at once: it does not wait for Chromium.
		expect(answer).toMatchObject({ status: 303, location: `/reports/${slug}` });
		expect(performance.now() - started).toBeLessThan(5_000);

		const cycle = (await publishedReport(app.db, slug))!;
		expect(cycle.publishedAt).not.toBeNull();
		// The printing the publication started (the route does not wait for it; the test does).
		await printing.lastPrinting;
		for (const locale of locales) {
			// In the database's file store, where any other app server finds it.
			const pdf = await app.files.get(reportPdfKey(cycle, locale));
			expect(pdf, locale).not.toBeNull();
			expect(await keptReportPdf(app.files, cycle, locale), locale).toEqual(pdf);
			expect(Buffer.from(pdf!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
		}
		expect(asked).toEqual(expect.arrayContaining(locales.map((locale) => `/reports/${slug} ${locale}`)));
	}, 120_000);
});
