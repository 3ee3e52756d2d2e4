import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/** The number shown under a label in the home page's "In figures" list. */
async function figure(page: Page, label: string): Promise<number> {
	const value = page
		.locator('.figure')
		.filter({ has: page.getByText(label, { exact: true }) })
		.locator('dd');
	return Number((await value.innerText()).replace(/[^\d]/g, ''));
}

/** The city names in the table, top to bottom. */
function cityNames(page: Page): Promise<string[]> {
	return page.getByRole('table').locator('tbody th').allInnerTexts();
}

function citiesTable(page: Page): Locator {
	return page.getByRole('table', {
		name: 'Cities, their country, date of signing and the cycles they answered'
	});
}

test('the home page shows the headline figures and leads to the Charter', async ({ page, request }) => {
	await page.goto('/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Cities committed to equal opportunities for all residents' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'In figures' })).toBeVisible();

	const signatories = await figure(page, 'signatory cities recorded');
	expect(signatories).toBeGreaterThan(30);
	const countries = await figure(page, 'countries');
	expect(countries).toBeGreaterThanOrEqual(10);
	expect(countries).toBeLessThan(signatories);
	// The recorded count is not the reports' count: the page gives the 4th report's 39 with its source.
	await expect(page.getByText(/counts 39 signatories in 2020/)).toContainText(
		'Fourth Integrating Cities Report (2020)'
	);
	// The published cycles: the demo's two, and any an earlier journey published meanwhile.
	const published = (await (await request.get('/api/v1/cycles')).json()).total;
	expect(published).toBeGreaterThanOrEqual(2);
	expect(await figure(page, 'reporting cycles')).toBe(published);
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Read the eleven commitments' }).click();
	await expect(page).toHaveURL('/charter');
	await expect(
		page.getByRole('heading', { level: 1, name: 'The Charter: four roles, eleven commitments' })
	).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the Charter lists commitments 1 to 11 under the four roles', async ({ page }) => {
	await page.goto('/charter');
	await expect(
		page.getByRole('heading', { level: 1, name: 'The Charter: four roles, eleven commitments' })
	).toBeVisible();

	const roles = ['Policy maker', 'Service provider', 'Employer', 'Buyer of goods and services'];
	for (const role of roles) {
		await expect(page.getByRole('heading', { level: 2, name: role })).toBeVisible();
	}
	const numbered: string[] = [];
	for (const role of roles) {
		const section = page.getByRole('region', { name: role });
		const items = section.getByRole('listitem');
		await expect(items.first()).toBeVisible();
		numbered.push(...(await section.locator('.commitment-number').allInnerTexts()));
	}
	expect(numbered).toEqual(Array.from({ length: 11 }, (_, index) => `Commitment ${index + 1}`));
	// The list numbers themselves follow the Charter's numbering, not a restart per role.
	await expect(page.locator('#commitment-5')).toHaveAttribute('value', '5');
	await expect(
		page.getByText('Ensure equal access and non-discrimination across all our policies')
	).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the cities page shows the map as an image that points to the city table', async ({ page, request }) => {
	await page.goto('/cities');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Signatories and responding cities' })
	).toBeVisible();

	const rows = citiesTable(page).locator('tbody tr');
	await expect(rows).toHaveCount(44);
	await expect(page.getByRole('status')).toHaveText('44 cities shown');
	// A picture with a text alternative that says what it shows and that the table lists the same cities.
	const map = page.getByRole('img', { name: /signatory cities \(filled dots\)/ });
	await expect(map).toBeVisible();
	await expect(map).toHaveAttribute('alt', /The same cities are listed in the table below\./);
	expect(await map.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
	await expectNoA11yViolations(page);

	// The image is a file of its own whose address names its content: browsers keep it for good.
	const src = (await map.getAttribute('src')) ?? '';
	expect(src).toMatch(/^\/map\/cities-en-[A-Za-z0-9]+\.svg$/);
	const file = await request.get(src);
	expect(file.status()).toBe(200);
	expect(file.headers()['content-type']).toContain('image/svg+xml');
	expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	const svg = await file.text();
	expect(svg.match(/data-city="/g)).toHaveLength(await rows.count());
	expect(svg).toContain('data-city="helsinki"');
	const again = await request.get(src, { headers: { 'if-none-match': file.headers().etag ?? '' } });
	expect(again.status()).toBe(304);
	// Another language has another file; an address no map has is not found.
	const french = await request.get('/cities', { headers: { 'accept-language': 'fr' } });
	const frenchSrc = /src="(\/map\/[^"]+)"/.exec(await french.text())?.[1] ?? '';
	expect(frenchSrc).toMatch(/^\/map\/cities-fr-/);
	expect(await (await request.get(frenchSrc)).text()).toContain('>Europe</text>');
	expect((await request.get('/map/cities-en-nosuchmap.svg')).status()).toBe(404);

	await citiesTable(page).getByRole('link', { name: 'Vienna' }).click();
	await expect(page).toHaveURL('/cities/vienna');
	await expect(page.getByRole('heading', { level: 1, name: 'Vienna' })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the cities can be filtered and sorted with the form', async ({ page }) => {
	await page.goto('/cities');
	await expectNoA11yViolations(page);

	await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Finland' });
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL(/[?&]country=FI/);
	await expect(page.getByRole('status')).toHaveText('4 cities shown');
	expect(await cityNames(page)).toEqual(['Helsinki', 'Oulu', 'Tampere', 'Vantaa']);
	// Vantaa's 2022 signing rests on news no held report confirms; Helsinki's on the 2013 report.
	await expect(citiesTable(page).getByRole('row', { name: /Vantaa/ })).toContainText('(unverified)');
	await expect(citiesTable(page).getByRole('row', { name: /Helsinki/ })).not.toContainText('unverified');
	await expect(page.getByText(/“Unverified”: the signing comes from news/)).toBeVisible();
	for (const country of await citiesTable(page).locator('tbody td:nth-child(2)').allInnerTexts()) {
		expect(country).toBe('Finland');
	}
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Clear filters' }).click();
	await expect(page.getByRole('status')).toHaveText('44 cities shown');
	await expectNoA11yViolations(page);

	await page.getByLabel('Sort by').selectOption({ label: 'Date of signing' });
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL(/[?&]sort=signed/);
	const bySigning = await cityNames(page);
	// Tampere signed by January 2013, Bologna in November 2024: the alphabet would put them the other way.
	expect(bySigning.indexOf('Tampere')).toBeGreaterThanOrEqual(0);
	expect(bySigning.indexOf('Tampere')).toBeLessThan(bySigning.indexOf('Bologna'));
	await expect(citiesTable(page).locator('tbody tr').first()).toContainText('by January 2013');
	await expectNoA11yViolations(page);

	await page.getByLabel('Status').selectOption({ label: 'Signing not recorded' });
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL(/[?&]status=respondent/);
	const respondents = await cityNames(page);
	expect(respondents).toContain('Brno');
	expect(respondents).toContain('Vienna');
	expect(respondents).not.toContain('Helsinki');
	// No source says these cities did not sign: the table says only that no signing is recorded.
	await expect(citiesTable(page).getByText('signing not recorded')).toHaveCount(respondents.length);
	await expect(citiesTable(page).getByText('not a signatory')).toHaveCount(0);
	await expectNoA11yViolations(page);
});

test('a city profile shows the cycles the city answered', async ({ page }) => {
	await page.goto('/cities');
	await expectNoA11yViolations(page);
	await citiesTable(page).getByRole('link', { name: 'Helsinki' }).click();
	await expect(page).toHaveURL('/cities/helsinki');
	await expect(page.getByRole('heading', { level: 1, name: 'Helsinki' })).toBeVisible();
	await expect(page.getByText('approximate figure; its source is not recorded')).toBeVisible();

	const cycles = page.getByRole('region', { name: 'Participation in reporting cycles' });
	await expect(cycles.getByRole('rowheader')).toHaveText([/2011–2012/, /2018–2020/]);
	await expect(cycles.getByRole('cell', { name: 'answered' })).toHaveCount(2);
	// Each cycle names the report it fed, which leads to the published report.
	await expect(cycles.getByRole('link')).toHaveText([
		'Integrating Cities Report no. 1 (2013)',
		'Integrating Cities Report no. 4 (2020)'
	]);
	await expect(cycles.getByRole('link', { name: 'Integrating Cities Report no. 4 (2020)' })).toHaveAttribute(
		'href',
		'/reports/2018-2020'
	);
	await expectNoA11yViolations(page);
});

test('an unknown city gives a "Page not found" page with status 404', async ({ page }) => {
	const response = await page.goto('/cities/atlantis');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the health check answers with the database in use', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
});

test('pages are sent with security headers', async ({ page }) => {
	const blocked: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
			blocked.push(message.text());
		}
	});
	const response = await page.goto('/');
	const headers = response!.headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBeTruthy();
	const csp = headers['content-security-policy'];
	expect(csp, 'a Content-Security-Policy header').toBeTruthy();
	const scriptSrc = csp!
		.split(';')
		.map((directive) => directive.trim())
		.find((directive) => directive.startsWith('script-src'));
	expect(scriptSrc, 'a script-src directive').toBeTruthy();
	expect(scriptSrc).not.toContain("'unsafe-inline'");

	// The site's own scripts run under that policy: nothing is blocked while the page loads and navigates.
	await page.getByRole('link', { name: 'See the cities' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Signatories and responding cities' })
	).toBeVisible();
	expect(blocked).toEqual([]);
});
