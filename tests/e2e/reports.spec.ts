import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expectNoA11yViolations } from './support/axe';
import { BASE_URL } from './support/env';
import { expect, test } from './support/fixtures';

const reportName = 'Reporting period 2018–2020 (4th Integrating Cities Report)';

test('a visitor finds the published 2018–2020 report, reads it and follows its contents', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Integrating Cities Reports');
	await expect(page).toHaveTitle(/^Integrating Cities Reports · /);
	// Only published cycles: the demo's open 2024–2026 cycle is not listed.
	await expect(page.getByText('Reporting period 2024–2026')).toHaveCount(0);
	await expectNoA11yViolations(page);

	await page.getByRole('heading', { level: 2, name: reportName }).getByRole('link').click();
	await expect(page).toHaveURL(/\/reports\/2018-2020$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(reportName);
	await expect(page.getByText('Integrating Cities Report no. 4, 2020')).toBeVisible();
	await expect(page.getByText(/^Illustrative data:/)).toBeVisible();
	// The report has no filters: the analysis page's sentence about them is not repeated here.
	await expect(page.getByText('the filters apply to the ratings')).toHaveCount(0);
	await expectNoA11yViolations(page);

	const contents = page.getByRole('navigation', { name: 'Contents' });
	await contents.getByRole('link', { name: 'Participating cities' }).click();
	await expect(page).toHaveURL(/#part-participating-cities$/);
	const cities = page.getByRole('region', { name: 'Participating cities' });
	await expect(cities.getByRole('heading', { level: 2 })).toBeInViewport();
	await expect(cities.getByRole('link', { name: 'Helsinki' })).toHaveAttribute('href', '/cities/helsinki');

	await contents.getByRole('link', { name: 'The city as employer' }).click();
	const employer = page.getByRole('region', { name: 'The city as employer' });
	await expect(employer.getByRole('heading', { level: 2 })).toBeInViewport();
	// The chart's numbers are readable without the chart.
	await expect(employer.getByRole('table')).toBeVisible();
	// On paper a totals row is printed once, at the end of its table, not again on every page it crosses.
	await page.emulateMedia({ media: 'print' });
	await expect(employer.locator('tfoot')).toHaveCSS('display', 'table-row-group');
	await page.emulateMedia({ media: 'screen' });
});

test('the report reads without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB', javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/reports/2018-2020');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(reportName);
	await page
		.getByRole('navigation', { name: 'Contents' })
		.getByRole('link', { name: 'Participating cities' })
		.click();
	await expect(page).toHaveURL(/#part-participating-cities$/);
	await expect(page.getByRole('region', { name: 'Participating cities' })).toBeVisible();
	await context.close();
});

test('a visitor downloads the report as PDF; unpublished cycles have no report', async ({
	page,
	request
}) => {
	test.setTimeout(120_000);
	await page.goto('/reports/2018-2020');
	const downloading = page.waitForEvent('download', { timeout: 90_000 });
	await page
		.getByRole('link', { name: 'The report as a PDF file, to print or share (PDF, downloads a file)' })
		.click();
	const download = await downloading;
	const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
	expect(download.suggestedFilename()).toBe('integrating-cities-report-2018-2020.pdf');
	expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
	expect(bytes.byteLength).toBeGreaterThan(10_000);
	expect(bytes.toString('latin1')).toContain('/Type /Page');
	// The charts' stripes and dots are printed as vectors: drawn as bitmaps, this report weighed 3.2 MB.
	expect(bytes.byteLength).toBeLessThan(1_600_000);
	expect(bytes.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image\b/);

	const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
	const pageTexts: string[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const content = await (await pdf.getPage(number)).getTextContent();
		pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	// Each of the four role tables prints its totals row once, also where it runs onto a second page.
	const totals = pageTexts.join(' ').match(/All commitments of this role/g) ?? [];
	expect(totals).toHaveLength(4);
	// The contents give each chapter's page, the page its heading is on (read from the PDF's bookmarks).
	const headingPage = async (title: string) => {
		const walk = async (items: Awaited<ReturnType<typeof pdf.getOutline>>): Promise<number | null> => {
			for (const item of items ?? []) {
				if (item.title.replace(/\s+/g, ' ') === title && Array.isArray(item.dest))
					return (await pdf.getPageIndex(item.dest[0])) + 1;
				const inner = await walk(item.items);
				if (inner) return inner;
			}
			return null;
		};
		return walk(await pdf.getOutline());
	};
	for (const title of ['Participating cities', 'The city as employer', 'Good practices by key trend']) {
		const page = await headingPage(title);
		expect(page, title).toBeGreaterThan(1);
		expect(pageTexts[0], title).toMatch(new RegExp(`${title}\\s+${page}\\b`));
	}

	// The demo's 2024–2026 cycle is open: it has no public report, page or file.
	expect((await request.get('/reports/2024-2026')).status()).toBe(404);
	expect((await request.get('/reports/2024-2026/report.pdf')).status()).toBe(404);
});

test('a French reader is told the chapters are in English, and each text is marked with its language', async ({
	browser
}) => {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'fr-FR' });
	const page = await context.newPage();
	await page.goto('/reports/2018-2020');
	await expect(page.getByRole('navigation', { name: 'Sommaire' })).toBeVisible();
	const chapter = page.locator('.report-block').first();
	await expect(chapter.getByText('Rédigé en anglais')).toBeVisible();
	await expect(chapter.locator('[lang="en"] > .report-chapter')).toBeVisible();
	await expect(chapter.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
	// Practice titles keep the language they were written in.
	const practiceLinks = page.locator('.report-practices a');
	expect(await practiceLinks.count()).toBeGreaterThan(0);
	for (const lang of await practiceLinks.evaluateAll((links) =>
		links.map((link) => link.getAttribute('lang'))
	))
		expect(lang).toMatch(/^[a-z]{2}$/);
	await expectNoA11yViolations(page);
	await context.close();
});
