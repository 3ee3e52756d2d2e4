import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { expect, test } from './support/fixtures';
import { BASE_URL } from './support/env';

// The library is for reading: searching, narrowing and following links must all work as plain HTML.
test.use({ javaScriptEnabled: false });

/** A facet checkbox by the start of its label; the label ends with the count, e.g. "Language learning (12)". */
function facet(page: Page, group: string, label: string): Locator {
	const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return page
		.getByRole('group', { name: group })
		.getByRole('checkbox', { name: new RegExp(`^${escaped} \\(\\d+\\)$`) });
}

async function countIn(checkbox: Locator): Promise<number> {
	const id = await checkbox.getAttribute('id');
	const label = await checkbox.page().locator(`label[for="${id}"]`).innerText();
	return Number(label.match(/\((\d+)\)\s*$/)?.[1]);
}

async function resultCount(page: Page): Promise<number> {
	return Number((await page.getByRole('status').innerText()).match(/\d+/)?.[0]);
}

test('a visitor searches, narrows by two facets, opens a practice and follows a related one', async ({
	page
}) => {
	recordDocuments(page);
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Good practices' }).click();
	await expect(page).toHaveURL('/practices');
	await expect(page.getByRole('heading', { level: 1, name: 'Good practices' })).toBeVisible();
	const everything = await resultCount(page);
	expect(everything).toBeGreaterThan(200);
	await expectNoA11yViolations(page);

	await page.getByLabel('Search the practices').fill('language');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL('/practices?q=language');
	const found = await resultCount(page);
	expect(found).toBeGreaterThan(20);
	expect(found).toBeLessThan(everything);
	// The best match has the word in its title, and the matched words are marked.
	const hits = page.locator('ol.hits > li');
	await expect(hits).toHaveCount(20);
	await expect(hits.first().getByRole('heading', { level: 3 }).locator('mark').first()).toHaveText(
		/^language/i
	);
	await expect(page.getByRole('navigation', { name: 'Result pages' })).toContainText(
		`Page 1 of ${Math.ceil(found / 20)}`
	);
	await expectNoA11yViolations(page);

	// Each facet's count is the size of the result once it is chosen.
	const theme = facet(page, 'Theme', 'Language learning');
	const themeCount = await countIn(theme);
	await theme.check();
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL('/practices?q=language&theme=language-learning');
	expect(await resultCount(page)).toBe(themeCount);
	await expect(facet(page, 'Theme', 'Language learning')).toBeChecked();
	await expect(page.getByLabel('Search the practices')).toHaveValue('language');

	const target = facet(page, 'Target group', 'Newly arrived migrants');
	const targetCount = await countIn(target);
	expect(targetCount).toBeLessThan(themeCount);
	await target.check();
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL('/practices?q=language&theme=language-learning&target=newly-arrived');
	expect(await resultCount(page)).toBe(targetCount);
	await expect(hits).toHaveCount(targetCount);
	await expectNoA11yViolations(page);

	const first = hits.first().getByRole('heading', { level: 3 }).getByRole('link');
	const title = await first.innerText();
	await first.click();
	await expect(page).toHaveURL(/\/practices\/[a-z0-9-]+$/);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Charter commitments' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Themes' }).getByRole('link')).toContainText([
		'Language learning'
	]);
	await expectNoA11yViolations(page);

	const related = page.getByRole('region', { name: 'Related practices in other cities' }).getByRole('link');
	expect(await related.count()).toBeGreaterThan(0);
	expect(await related.count()).toBeLessThanOrEqual(6);
	const next = await related.first().innerText();
	await related.first().click();
	await expect(page.getByRole('heading', { level: 1, name: next })).toBeVisible();
	expect(next).not.toBe(title);
	await expect(page.getByRole('link', { name: 'All good practices' })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('a practice that does not exist is a 404, and a bad query is cleaned up', async ({ page }) => {
	recordDocuments(page);
	const missing = await page.goto('/practices/no-such-practice');
	expect(missing?.status()).toBe(404);

	// Values a visitor could not have chosen are dropped, and the address says so.
	await page.goto('/practices?commitment=99&commitment=4&theme=evil&page=-1&from=abc&to=');
	await expect(page).toHaveURL('/practices?commitment=4');
	await expect(
		page.getByRole('group', { name: 'Commitment' }).getByRole('checkbox', { checked: true })
	).toHaveCount(1);
	await expectNoA11yViolations(page);
});

test('a French reader sees the tags in French', async ({ page, context }) => {
	recordDocuments(page);
	await context.addCookies([{ name: 'ic_locale', value: 'fr', url: BASE_URL }]);
	await page.goto('/practices?theme=housing');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('checkbox', { name: /^Logement et hébergement \(\d+\)$/ })).toBeChecked();
	await expectNoA11yViolations(page);
});
