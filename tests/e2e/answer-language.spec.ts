// A city says which language it writes in, and marks an answer written in another one; the secretariat's review
// page then carries each text's language, and says so when it is not the reader's. Ghent's service-provider
// section of the open demo cycle, without JavaScript: other journeys work on Ghent's city context, priorities
// and policy-maker section, and on Helsinki's response.
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { BASE_URL, demo } from './support/env';
import { expect, signIn, test } from './support/fixtures';

const CYCLE = '/respond/2024-2026';

test('the city writes in French, marks one answer as English, and the review shows both marked', async ({
	browser,
	secretariatPage
}) => {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB', javaScriptEnabled: false });
	const page = await context.newPage();
	recordDocuments(page);
	await signIn(page, demo.ghentCoordinator, 'Demo Coordinator Ghent');

	await page.goto(CYCLE);
	const language = page.getByRole('region', { name: 'Language of your answers' });
	await language.getByLabel('Your answers are written in').selectOption({ label: 'French' });
	await language.getByRole('button', { name: 'Save the language' }).click();
	await expect(page.getByText('The language of your answers is saved.')).toBeVisible();
	await expect(page.getByLabel('Your answers are written in')).toHaveValue('fr');
	await expectNoA11yViolations(page);

	await page.goto(`${CYCLE}/service-provider`);
	const c4 = page.locator('fieldset#q-c4-rating');
	const c5 = page.locator('fieldset#q-c5-rating');
	await c4.getByLabel('Fully', { exact: true }).check();
	await page
		.locator('[id="c4-rating.evidence"]')
		.fill('Des cours de langue pour tous les nouveaux arrivants');
	await expect(c4.getByLabel(/^Language of this answer/)).toHaveValue('');
	await expect(c4.getByLabel(/^Language of this answer/).locator('option:checked')).toHaveText(
		'The response’s language (French)'
	);
	await c5.getByLabel('Partly', { exact: true }).check();
	await page
		.locator('[id="c5-rating.evidence"]')
		.fill('Interpreting in every hospital, quoted from our report');
	await c5.getByLabel(/^Language of this answer/).selectOption({ label: 'English' });
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('Your answers are saved.')).toBeVisible();

	// Saved with the answers: the page read again shows each answer's language as chosen.
	await page.goto(`${CYCLE}/service-provider`);
	await expect(c5.getByLabel(/^Language of this answer/)).toHaveValue('en');
	await expect(c4.getByLabel(/^Language of this answer/)).toHaveValue('');
	await expectNoA11yViolations(page);
	await context.close();

	// The secretariat reads in English: the French evidence is marked and announced, the English one marked.
	await secretariatPage.goto('/admin/cycles/2024-2026/responses/ghent');
	const french = secretariatPage.locator('#item-c4-rating [lang="fr"]');
	await expect(french).toContainText('Des cours de langue pour tous les nouveaux arrivants');
	await expect(secretariatPage.locator('#item-c4-rating')).toContainText('Written in French');
	const english = secretariatPage.locator('#item-c5-rating [lang="en"]');
	await expect(english).toContainText('Interpreting in every hospital');
	await expect(secretariatPage.locator('#item-c5-rating')).not.toContainText('Written in');
	await expectNoA11yViolations(secretariatPage);
});
