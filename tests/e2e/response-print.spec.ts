// Runs after questionnaire.spec.ts (files run in name order): Helsinki's 2024–2026 response is filled by then.
import { expectNoA11yViolations } from './support/axe';
import { demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';

test('the coordinator downloads the city’s own response as a printable page and a spreadsheet', async ({
	page
}) => {
	await signIn(page, demo.coordinator, 'Demo Coordinator');
	await page.goto('/respond/2024-2026');
	await page.getByRole('link', { name: 'Printable version' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Helsinki: Reporting period 2024–2026 (demo)'
	);
	await expect(page.getByText('Recruitment measure 7 from the HR department')).toBeVisible();
	await expectNoA11yViolations(page);

	await page.goBack();
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download the answers as a spreadsheet (XLSX)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
	const bytes = await (await download.createReadStream()).toArray();
	// An XLSX file is a ZIP archive: it starts with "PK".
	expect(Buffer.concat(bytes).subarray(0, 2).toString()).toBe('PK');
});

test('the public is sent to sign in, and the secretariat cannot open a city’s questionnaire pages', async ({
	page,
	secretariatPage
}) => {
	const anonymous = await page.goto('/respond/2024-2026/print');
	expect(new URL(page.url()).pathname).toBe('/sign-in');
	expect(anonymous?.status()).toBe(200);
	const staff = await secretariatPage.goto('/respond/2024-2026/print');
	expect(staff?.status()).toBe(403);
	await expectNoA11yViolations(secretariatPage);
});
