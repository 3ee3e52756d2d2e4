// The demo cycle that asks the topical module on receiving people who fled the war in Ukraine: Helsinki's
// coordinator answers the module (the core questions are already answered in the demo) and submits; the
// secretariat sees the answers in the analysis and places the module's generated part in the report.
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { BASE_URL, demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';

const CYCLE = '/respond/2024-2026-ukraine';
const MODULE = 'Receiving people who fled the war in Ukraine';

async function save(page: Page) {
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Your answers are saved.')).toBeVisible();
	await expectNoA11yViolations(page);
}

test('a city answers the Ukraine module, and the secretariat sees it in the analysis and the report', async ({
	browser,
	secretariatPage
}) => {
	test.setTimeout(180_000);
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
	const page = await context.newPage();
	await signIn(page, demo.coordinator, 'Demo Coordinator');

	// The module's sections are listed with the core ones, each naming its module.
	await page.goto(CYCLE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Reporting period 2024–2026 with the Ukraine module (demo)'
	);
	await expect(page.locator('.task', { hasText: 'People received' })).toContainText(MODULE);
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'People received' }).click();
	await page.getByLabel('Figure (people)').fill('4200');
	await page.getByLabel('Reference year').fill('2024');
	await page.getByLabel('Source').fill('Helsinki population register');
	await save(page);

	await page.goto(`${CYCLE}/ukraine-housing`);
	await page.getByLabel('With private hosts').check();
	await page.getByLabel('Municipal or social housing').check();
	await page.getByLabel('In homes of their own (rented or owned)').check();
	await save(page);

	await page.goto(`${CYCLE}/ukraine-work`);
	await page.getByLabel('Language courses aimed at work').check();
	await page
		.getByLabel('What has receiving them changed in your city’s integration work?', { exact: true })
		.fill('Our language courses now open to everyone who arrives.');
	await save(page);

	// The check page shows the module's answers under its title; then the coordinator submits.
	await page.goto(`${CYCLE}/check`);
	await expect(page.getByRole('heading', { level: 2, name: MODULE })).toBeVisible();
	await expect(page.getByText('Our language courses now open to everyone who arrives.')).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Submit the response…' }).click();
	await page.getByRole('button', { name: 'Yes, submit the response' }).click();
	await expect(page.getByText('Your response is submitted. Thank you.')).toBeVisible();
	await expectNoA11yViolations(page);

	// The print page follows the cycle's version: the module's title heads its sections and answers.
	await page.goto(`${CYCLE}/print`);
	await expect(page.getByRole('heading', { level: 2, name: MODULE })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Housing' })).toBeVisible();
	await expect(page.getByText('Helsinki population register')).toBeVisible();
	await expectNoA11yViolations(page);
	await context.close();

	// The analysis: the module's answers grouped under its title, Helsinki's figure and text among them.
	const analysis = secretariatPage;
	await analysis.goto('/admin/cycles/2024-2026-ukraine/analysis');
	await analysis.getByRole('link', { name: 'Topical modules' }).click();
	await expect(analysis.getByRole('heading', { level: 2, name: MODULE })).toBeVisible();
	await expect(
		analysis.getByText('7 of the 7 responding cities answered at least one question of this module.')
	).toBeVisible();
	const figures = analysis.getByRole('table', {
		name: 'How many people who fled the war in Ukraine live in your city?: each city’s figure'
	});
	await expect(figures.getByRole('row', { name: /Helsinki/ })).toContainText('4,200');
	await expect(figures.getByRole('row', { name: /Helsinki/ })).toContainText('Helsinki population register');
	const housingNow = analysis.getByRole('table', {
		name: 'Where do most of them live now?: cities per answer'
	});
	await expect(housingNow.getByRole('row', { name: /In homes of their own/ })).toContainText('4');
	await expect(analysis.getByText('Our language courses now open to everyone who arrives.')).toBeVisible();
	await expectNoA11yViolations(analysis);

	// The report: the module part is offered, placed, and shown in the preview with Helsinki's answers.
	await analysis.goto('/admin/cycles/2024-2026-ukraine/report');
	await analysis.getByRole('button', { name: 'Start the report' }).click();
	await expectNoA11yViolations(analysis);
	await analysis.getByLabel('Part', { exact: true }).selectOption({ label: 'Topical modules' });
	await analysis.getByRole('button', { name: 'Add the part' }).click();
	await expect(analysis.getByRole('status')).toHaveText('The section has been added.');
	await expectNoA11yViolations(analysis);
	await analysis.getByRole('link', { name: 'Preview the report' }).click();
	await expect(analysis.getByRole('heading', { level: 2, name: 'Topical modules' })).toBeVisible();
	await expect(analysis.getByRole('heading', { level: 3, name: MODULE })).toBeVisible();
	await expect(analysis.getByText('Our language courses now open to everyone who arrives.')).toBeVisible();
	await expectNoA11yViolations(analysis);
});
