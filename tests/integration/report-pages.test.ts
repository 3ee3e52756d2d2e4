import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { reportSections } from '$lib/server/db/schema';
import { load as loadPreview } from '../../src/routes/admin/cycles/[cycle]/report/preview/+page.server';
import { load as loadReport } from '../../src/routes/reports/[cycle]/+page.server';
import { GET as getPdf } from '../../src/routes/reports/[cycle]/report.pdf/+server';
import { load as loadReports } from '../../src/routes/reports/+page.server';
import { buildAnsweredResponse, buildCity, buildCycle, rating } from '../factories/builders';
import { createTestApp, driverUnderTest } from '../factories/test-database';

const secretariat = { id: 's', name: 'S', email: 's@x', role: 'secretariat' as const, cityId: null };
const coordinator = { id: 'c', name: 'C', email: 'c@x', role: 'coordinator' as const, cityId: 1 };

describe(`the report pages on ${driverUnderTest}`, () => {
	let app: AppContext;
	// Calls a load or endpoint as SvelteKit would for this path, signed in as `user` (null: the public).
	const event = (path: string, user: unknown = null, fetch: unknown = undefined) => {
		const url = new URL(`http://localhost${path}`);
		const cycle = url.pathname.startsWith('/admin/')
			? url.pathname.split('/')[3]
			: url.pathname.split('/')[2];
		return { locals: { app, locale: 'en', user }, params: { cycle }, url, fetch } as never;
	};
	const status = async (run: () => unknown) => {
		try {
			await run();
			return 200;
		} catch (thrown) {
			return (thrown as { status?: number }).status ?? 500;
		}
	};
	type Page<L extends (...args: never[]) => unknown> = Exclude<Awaited<ReturnType<L>>, void>;
	const reportPage = async (slug: string) =>
		(await loadReport(event(`/reports/${slug}`))) as Page<typeof loadReport>;

	beforeAll(async () => {
		app = await createTestApp();
		const oslo = await buildCity(app, { slug: 'r-oslo', name: 'Oslo', countryCode: 'NO' });
		const ghent = await buildCity(app, { slug: 'r-ghent', name: 'Ghent', countryCode: 'BE' });
		const older = await buildCycle(app, {
			slug: 'r-2016',
			name: 'Survey 2016',
			periodStart: '2016-07-01',
			periodEnd: '2018-06-30'
		});
		const published = await buildCycle(app, {
			slug: 'r-2018',
			name: 'Survey 2018',
			reportNumber: 4,
			reportYear: 2020,
			publishedAt: new Date('2021-03-15T10:00:00Z')
		});
		for (const status of ['draft', 'open', 'closed'] as const) {
			const hidden = await buildCycle(app, {
				slug: `r-${status}`,
				name: `Hidden ${status}`,
				periodStart: '2022-07-01',
				periodEnd: '2024-06-30',
				status
			});
			await buildAnsweredResponse(app, hidden.id, oslo.id, 'accepted', { 'c1-rating': rating('fully') });
		}
		await buildAnsweredResponse(app, older.id, oslo.id, 'accepted', { 'c1-rating': rating('partly') });
		await buildAnsweredResponse(app, published.id, oslo.id, 'accepted', { 'c1-rating': rating('fully') });
		await buildAnsweredResponse(app, published.id, ghent.id, 'accepted', { 'c1-rating': rating('partly') });
		await app.db.insert(reportSections).values([
			{
				cycleId: published.id,
				position: 1,
				kind: 'chapter',
				title: 'Introduction',
				body: 'Cities **took part**. <script>alert(1)</script>'
			},
			{ cycleId: published.id, position: 2, kind: 'participating-cities' },
			{ cycleId: published.id, position: 3, kind: 'role-results:policy_maker' }
		]);
	});
	afterAll(async () => app.close());

	it('lists only the published cycles, newest first', async () => {
		const { reports } = (await loadReports(event('/reports'))) as Page<typeof loadReports>;
		const slugs = reports.map((report) => report.slug);
		expect(slugs).toContain('r-2018');
		expect(slugs.indexOf('r-2018')).toBeLessThan(slugs.indexOf('r-2016'));
		expect(slugs).not.toContain('r-draft');
		expect(slugs).not.toContain('r-open');
		expect(slugs).not.toContain('r-closed');
		expect(reports.find((report) => report.slug === 'r-2018')).toMatchObject({
			name: 'Survey 2018',
			participants: 2
		});
	});

	it('shows a published report: its chapters (raw HTML escaped) and generated parts in order', async () => {
		const report = (await reportPage('r-2018')).report.value;
		expect(report.cycle).toMatchObject({ name: 'Survey 2018', reportNumber: 4, status: 'published' });
		expect(report.blocks.map((block) => block.kind)).toEqual([
			'chapter',
			'participating-cities',
			'role-results'
		]);
		const chapter = report.blocks[0]!;
		const cities = report.blocks[1]!;
		expect(chapter.kind === 'chapter' && chapter.html).toContain('<strong>took part</strong>');
		expect(chapter.kind === 'chapter' && chapter.html).not.toContain('<script>');
		expect(cities.kind === 'participating-cities' && cities.cities.map((city) => city.name)).toEqual([
			'Ghent',
			'Oslo'
		]);
		expect(report.blocks.map((block) => block.anchor)).toEqual([
			`chapter-${report.blocks[0]!.id}`,
			'part-participating-cities',
			'part-role-results-policy_maker'
		]);
	});

	it('answers 404 for a draft, open or closed cycle and for an unknown one', async () => {
		for (const slug of ['r-draft', 'r-open', 'r-closed', 'no-such-cycle']) {
			expect(await status(() => loadReport(event(`/reports/${slug}`)))).toBe(404);
		}
	});

	it('answers 404 for the PDF of an unpublished cycle without starting a browser', async () => {
		const fetch = () => {
			throw new Error('the page must not be rendered for an unpublished cycle');
		};
		for (const slug of ['r-draft', 'r-open', 'r-closed', 'no-such-cycle']) {
			expect(await status(() => getPdf(event(`/reports/${slug}/report.pdf`, null, fetch)))).toBe(404);
		}
	});

	it('previews an unpublished report for the secretariat only', async () => {
		const path = '/admin/cycles/r-closed/report/preview';
		const preview = (await loadPreview(event(path, secretariat))) as Page<typeof loadPreview>;
		expect(preview.report.cycle).toMatchObject({ slug: 'r-closed', status: 'closed' });
		// Not started: the generated parts of the default outline, no chapter.
		expect(preview.report.started).toBe(false);
		expect(preview.report.blocks.some((block) => block.kind === 'chapter')).toBe(false);
		expect(preview.report.blocks[0]!.kind).toBe('participating-cities');

		expect(await status(() => loadPreview(event(path, coordinator)))).toBe(403);
		// The public is sent to sign in.
		expect(await status(() => loadPreview(event(path, null)))).toBe(303);
		expect(await status(() => loadPreview(event('/admin/cycles/none/report/preview', secretariat)))).toBe(
			404
		);
	});
});
