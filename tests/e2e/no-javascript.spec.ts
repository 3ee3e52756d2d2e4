import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { DEMO_PASSWORD, demo } from './support/env';
import { expect, submitPassword, test as base } from './support/fixtures';

// Everything public, the language choice and signing in must work as plain HTML pages and forms.
const test = base.extend({
	page: async ({ page }, use) => {
		// axe cannot run in a page without JavaScript; this lets it check a copy of the same markup.
		recordDocuments(page);
		await use(page);
	}
});
test.use({ javaScriptEnabled: false });

test('the public pages render fully without JavaScript', async ({ page }) => {
	await page.goto('/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Cities committed to equal opportunities for all residents' })
	).toBeVisible();
	await expect(page.locator('.figure dd').first()).toHaveText(/\d/);
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'The Charter' }).click();
	await expect(page).toHaveURL('/charter');
	await expect(page.getByText('Commitment 11', { exact: true })).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cities' }).click();
	await expect(page).toHaveURL('/cities');
	// The map is an image, so it shows without JavaScript too.
	const map = page.locator('img.city-map');
	await expect(map).toBeVisible();
	await expect.poll(() => map.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
	await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(44);
	await expectNoA11yViolations(page);

	await page.getByRole('table').getByRole('link', { name: 'Helsinki' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Helsinki' })).toBeVisible();
	await expect(page.getByRole('rowheader')).toHaveCount(2);
	await expectNoA11yViolations(page);
});

test('the cities filter form works without JavaScript', async ({ page }) => {
	await page.goto('/cities');
	await page.getByLabel('City name').fill('hel');
	await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Finland' });
	await page.getByRole('button', { name: 'Apply' }).click();

	await expect(page).toHaveURL(/\/cities\?q=hel&country=FI/);
	await expect(page.getByRole('status')).toHaveText('1 city shown');
	await expect(page.getByRole('table').locator('tbody th')).toHaveText(['Helsinki']);
	// The form shows the filter it applied.
	await expect(page.getByLabel('City name')).toHaveValue('hel');
	await expect(page.getByLabel('Country', { exact: true })).toHaveValue('FI');
	await expectNoA11yViolations(page);
});

test('the language choice switches the interface and is remembered', async ({ page }) => {
	await page.goto('/cities');
	await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
	await page.getByRole('button', { name: 'Change language' }).click();

	// Back on the same page, now in German, at its German address.
	await expect(page).toHaveURL('/de/cities');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('button', { name: 'Sprache wechseln' })).toBeVisible();
	await expect(page.locator('#language-select')).toHaveValue('de');
	await expectNoA11yViolations(page);

	// The next page remembers the choice.
	await page.goto('/charter');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByText('Verpflichtung 1', { exact: true })).toBeVisible();
	await expect(
		page.getByText(
			'Unser Engagement für Chancengleichheit aller Menschen, die in der Stadt leben, aktiv kommunizieren'
		)
	).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByLabel('Sprache').selectOption({ label: 'English' });
	await page.getByRole('button', { name: 'Sprache wechseln' }).click();
	await expect(page).toHaveURL('/charter');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByText('Commitment 1', { exact: true })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('signing in with a password works without JavaScript', async ({ page }) => {
	await page.goto('/sign-in');
	await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
	await expectNoA11yViolations(page);

	await submitPassword(page, demo.coordinator, DEMO_PASSWORD);
	await expect(page).toHaveURL('/');
	await expect(page.getByText('Signed in as Demo Coordinator')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the reading pages send no script at all', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	for (const path of ['/', '/charter', '/cities', '/cities/helsinki', '/practices', '/reports', '/data']) {
		await page.goto(path);
		// Neither a script element nor a module preload: the page is HTML and CSS only.
		await expect(page.locator('script, link[rel="modulepreload"]'), path).toHaveCount(0);
	}
	expect(scripts).toEqual([]);
});
