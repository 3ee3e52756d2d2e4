// Every question says whether it must be answered before the response can be submitted, and a section's page
// lists what it still needs, so nobody learns it only on the check page. Ghent's policy-maker section of the
// open demo cycle: other journeys work on Ghent's city context and priorities, and on Helsinki's response.
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { BASE_URL, demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';

const SECTION = '/respond/2024-2026/policy-maker';

test('questions are marked required or optional, and the section lists what it still needs', async ({
	page,
	browser
}) => {
	await signIn(page, demo.ghentCoordinator, 'Demo Coordinator Ghent');
	await page.goto(SECTION);
	const first = page.locator('fieldset#q-c1-rating');
	await expect(first).toHaveAccessibleDescription(/^Required/);
	await expect(first.getByText('Required', { exact: true })).toBeVisible();
	const missing = page.getByRole('region', { name: /Still to answer in this section/ });
	await expect(missing).toBeVisible();
	await expectNoA11yViolations(page);
	const before = await missing.getByRole('link').count();
	expect(before).toBeGreaterThan(0);
	const firstLabel = (await first.locator('legend').first().textContent())?.trim() ?? '';
	await expect(missing.getByRole('link', { name: firstLabel })).toHaveAttribute('href', '#q-c1-rating');

	// Answered and saved without JavaScript, the question leaves the list.
	const plain = await browser.newContext({
		baseURL: BASE_URL,
		locale: 'en-GB',
		javaScriptEnabled: false,
		storageState: await page.context().storageState()
	});
	const noScript = await plain.newPage();
	recordDocuments(noScript);
	await noScript.goto(SECTION);
	await noScript.locator('fieldset#q-c1-rating').getByLabel('Fully', { exact: true }).check();
	await noScript
		.locator('[id="c1-rating.evidence"]')
		.fill('A council strategy on inclusion, adopted in 2025');
	await noScript.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(noScript.getByText('Your answers are saved.')).toBeVisible();
	const after = noScript.getByRole('region', { name: /Still to answer in this section/ });
	if (before === 1) await expect(after).toHaveCount(0);
	else {
		await expect(after.getByRole('link')).toHaveCount(before - 1);
		await expect(after.getByRole('link', { name: firstLabel })).toHaveCount(0);
	}
	await expectNoA11yViolations(noScript);
	await plain.close();
});
