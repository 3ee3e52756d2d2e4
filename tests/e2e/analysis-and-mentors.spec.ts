// What the secretariat learns from the answers, and what everyone can reuse: the analysis of a cycle with its
// filters, the mentor suggestions for the secretariat and for a city's coordinator, and the open data. The
// demo's 2018–2020 ratings are illustrative, and the pages must say so.
import ExcelJS from 'exceljs';
import { expectNoA11yViolations } from './support/axe';
import { demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';

test('the secretariat reads the analysis of a cycle and narrows it to one country', async ({
	secretariatPage: page
}) => {
	await page.goto('/admin/cycles/2018-2020');
	await page.getByRole('link', { name: 'Analysis of the answers' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Analysis of/ })).toBeVisible();
	await expect(page.getByText(/^Illustrative data:/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Policy maker' })).toBeVisible();
	// Every chart has its numbers in a table beside it.
	await expect(page.getByRole('img').first()).toHaveAttribute('aria-label', /.+/);
	await expect(page.getByRole('table').first()).toBeVisible();
	const everyone = await page.getByText(/Showing all \d+ responding cities\./).innerText();
	await expectNoA11yViolations(page);

	await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Germany' });
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/country=DE/);
	const total = everyone.match(/\d+/)?.[0];
	await expect(
		page.getByText(new RegExp(`^Showing [1-9]\\d* of ${total} responding cities\\.`))
	).toBeVisible();
	await expectNoA11yViolations(page);

	// The filter travels to the other parts of the analysis.
	await page.getByRole('link', { name: 'Free-text answers' }).click();
	await expect(page).toHaveURL(/texts\?.*country=DE/);
	await page.getByLabel('Commitment', { exact: true }).selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('(Germany)');
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Indicators' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Indicators of/ })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the secretariat finds mentor cities for a commitment, with reasons', async ({
	secretariatPage: page
}) => {
	await page.goto('/admin/mentors');
	await expectNoA11yViolations(page);
	await page
		.getByLabel('Cycle', { exact: true })
		.selectOption({ label: 'Reporting period 2018–2020 (4th Integrating Cities Report)' });
	await page.getByLabel('Commitment', { exact: true }).selectOption({ value: '3' });
	await page.getByRole('button', { name: 'Show mentors' }).click();
	await expect(page.getByRole('heading', { name: /^Commitment 3 in/ })).toBeVisible();
	await expect(page.getByText(/cities? rated it partly or not at all\./)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Suggested mentors' }).first()).toBeVisible();
	await expectNoA11yViolations(page);
});

test('a coordinator sees which cities her city can learn from', async ({ page }) => {
	await signIn(page, demo.coordinator, 'Demo Coordinator');
	await page.getByRole('link', { name: 'Peer learning' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Learn from other cities' })).toBeVisible();
	await expect(page.getByText(/^Your city /).first()).toBeVisible();
	await expectNoA11yViolations(page);
});

test('anyone finds the open data, and the API serves published cycles only', async ({ page, request }) => {
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
	await expectNoA11yViolations(page);

	const cycles = await (await request.get('/api/v1/cycles')).json();
	const slugs = cycles.items.map((cycle: { slug: string }) => cycle.slug);
	expect(slugs).toContain('2018-2020');
	expect(slugs).not.toContain('2024-2026');
	expect((await request.get('/api/v1/cycles/2024-2026')).status()).toBe(404);
	const description = await (await request.get('/api/v1/openapi.json')).json();
	expect(description.openapi).toBe('3.1.0');

	// The data annex of a published cycle, linked from the page, opens as CSV and as a workbook.
	const csvLink = page.getByRole('link', { name: /data annex \(CSV\).*2018–2020/ });
	const csv = await (await request.get((await csvLink.getAttribute('href'))!)).text();
	expect(csv.replace(/^\uFEFF/, '')).toMatch(/^# Illustrative/);
	expect(csv).toMatch(/^part,commitment,role,fully,partly,not_at_all/m);
	expect(csv.match(/^aggregate,/gm)).toHaveLength(11);
	const xlsxLink = page.getByRole('link', { name: /data annex \(Excel\).*2018–2020/ });
	const workbook = new ExcelJS.Workbook();
	const xlsx = await (await request.get((await xlsxLink.getAttribute('href'))!)).body();
	await workbook.xlsx.load(xlsx as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
	expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['About', 'Aggregates']);
	expect((await request.get('/data/2024-2026/annex.csv')).status()).toBe(404);
});
