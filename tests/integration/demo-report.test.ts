import { count, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { cycles, reportSectionHistory, reportSections } from '$lib/server/db/schema';
import { seedDemoReports } from '$lib/server/seed/demo-report';
import { seedDemo } from '$lib/server/seed/seed-demo';
import { publishedReportDocument } from '$lib/server/public';
import { GET as docxRoute } from '../../src/routes/reports/[cycle]/report.docx/+server';
import { createTestApp, driverUnderTest } from '../factories/test-database';

describe(`demo reports on ${driverUnderTest}`, () => {
	let app: AppContext;
	beforeAll(async () => {
		app = await createTestApp();
		await seedDemo(app.db, app.auth, 'seeded-password-123');
	});
	afterAll(() => app.close());

	it.each([
		['2011-2012', 'First Integrating Cities Report (Eurocities, 2013)'],
		['2018-2020', 'Fourth Integrating Cities Report']
	])('publishes the %s report with its introduction and closing chapter', async (slug, source) => {
		const report = await publishedReportDocument(app.db, slug, 'en');
		expect(report?.started).toBe(true);
		const chapters = report!.blocks.filter((block) => block.kind === 'chapter');
		expect(chapters).toHaveLength(2);
		expect(report!.blocks[0]!.kind).toBe('chapter');
		expect(report!.blocks.at(-1)!.kind).toBe('chapter');
		for (const chapter of chapters) {
			expect(chapter.title).not.toBe('');
			expect(chapter.markdown.trim().length).toBeGreaterThan(500);
			expect(chapter.html).toContain(`Source: summarised from the ${source.split(' (')[0]}`);
			expect(chapter.markdown).toContain(source);
			expect(chapter.html).toContain('illustrative');
		}
		// The generated parts are there, drawn from the cycle's (illustrative) ratings.
		const participating = report!.blocks.find((block) => block.kind === 'participating-cities');
		expect(participating && 'cities' in participating && participating.cities.length).toBeGreaterThan(20);
		expect(report!.blocks.some((block) => block.kind === 'role-results' && block.svg)).toBe(true);
	});

	it.each(['2011-2012', '2018-2020'])(
		'warns in the %s Word document, before any figure, that its ratings are illustrative',
		async (slug) => {
			const url = new URL(`/reports/${slug}/report.docx`, 'http://localhost:4173');
			const response = await docxRoute({
				locals: { app, user: null, locale: 'en' },
				params: { cycle: slug },
				url,
				request: new Request(url)
			} as never);
			const zip = await JSZip.loadAsync(await response.arrayBuffer());
			const xml = await zip.file('word/document.xml')!.async('string');
			const warning = xml.indexOf('Illustrative data: the ratings of this cycle were made up');
			expect(warning).toBeGreaterThan(-1);
			expect(warning).toBeLessThan(xml.indexOf('Participating cities'));
		}
	);

	it('keeps each chapter’s first version in its history', async () => {
		const [row] = await app.db
			.select({ n: count() })
			.from(reportSectionHistory)
			.where(eq(reportSectionHistory.version, 1));
		expect(row?.n).toBe(4);
	});

	it('adds nothing on a second start and leaves an edited chapter as it is', async () => {
		const [intro] = await app.db
			.select({ id: reportSections.id })
			.from(reportSections)
			.where(eq(reportSections.kind, 'chapter'))
			.orderBy(reportSections.id)
			.limit(1);
		await app.db
			.update(reportSections)
			.set({ body: 'Edited by the secretariat.' })
			.where(eq(reportSections.id, intro!.id));
		const before = await app.db.select({ n: count() }).from(reportSections);
		expect(await seedDemoReports(app.db)).toBe(0);
		await seedDemo(app.db, app.auth, 'another-password-456');
		expect(await app.db.select({ n: count() }).from(reportSections)).toEqual(before);
		const [after] = await app.db
			.select({ body: reportSections.body })
			.from(reportSections)
			.where(eq(reportSections.id, intro!.id));
		expect(after?.body).toBe('Edited by the secretariat.');
	});

	it('gives the open demo cycle no report', async () => {
		const [open] = await app.db.select({ id: cycles.id }).from(cycles).where(eq(cycles.slug, '2024-2026'));
		const [row] = await app.db
			.select({ n: count() })
			.from(reportSections)
			.where(eq(reportSections.cycleId, open!.id));
		expect(row?.n).toBe(0);
	});
});
