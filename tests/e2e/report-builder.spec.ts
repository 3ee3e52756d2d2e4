// The secretariat writes the report of a cycle: starts the outline, writes a chapter that saves itself while
// typing, and two people writing the same chapter at once never lose each other's text. The whole builder also
// works without JavaScript: every step is a plain form.
import { randomBytes } from 'node:crypto';
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { BASE_URL } from './support/env';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const saved = /^Saved at \d{1,2}[:.]\d{2}/;

/** Creates a draft cycle with a unique address, far in the future so it never meets the demo's cycles. */
async function createCycle(page: Page, name: string): Promise<string> {
	const slug = `report-journey-${randomBytes(3).toString('hex')}`;
	await page.goto('/admin/cycles/new');
	await page.getByLabel('Name', { exact: true }).fill(`${name} ${slug.slice(-6)}`);
	await page.getByLabel('Web address').fill(slug);
	await page.getByLabel('Start of the period').fill('2030-07-01');
	await page.getByLabel('End of the period').fill('2032-06-30');
	await page.getByLabel('Opening date').fill('2032-09-01');
	await page.getByLabel('Deadline', { exact: true }).fill('2032-12-31');
	await page.getByRole('button', { name: 'Create the draft cycle' }).click();
	await expect(page).toHaveURL(`${BASE_URL}/admin/cycles/${slug}`);
	return slug;
}

test('a chapter saves itself while typing, and a conflict keeps both texts', async ({
	secretariatPage: page,
	browser,
	secretariatState
}) => {
	test.setTimeout(150_000);
	await createCycle(page, 'Report journey');

	await page.getByRole('link', { name: 'Write and publish the report' }).click();
	await expect(page.getByText('The report has not been started.', { exact: false })).toBeVisible();
	await expect(page.getByText(/close the cycle first/i)).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Start the report' }).click();
	await expect(page.getByRole('status')).toHaveText('The report has been started with the usual outline.');
	await expect(page.getByRole('heading', { level: 3, name: 'The city as employer' })).toBeVisible();
	await expectNoA11yViolations(page);

	// Writing: the text is saved a few seconds after typing stops, and is there after a reload.
	await page.getByRole('link', { name: /^Introduction\s?: edit the chapter$/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Chapter: Introduction' })).toBeVisible();
	await expectNoA11yViolations(page);
	const text = page.getByRole('textbox', { name: 'Text', exact: true });
	await text.fill('The first paragraph, by the first writer.');
	await expect(page.getByRole('status')).toHaveText(saved, { timeout: 10_000 });
	await expect(text).toBeFocused();
	await page.reload();
	await expect(text).toHaveValue('The first paragraph, by the first writer.');
	await expect(page.getByText(/^Version 2, /)).toBeVisible();
	await expectNoA11yViolations(page);

	// A colleague opens the same chapter; the first writer saves again meanwhile.
	const other = await browser.newContext({
		baseURL: BASE_URL,
		locale: 'en-GB',
		storageState: secretariatState
	});
	const colleague = await other.newPage();
	await colleague.goto(page.url());
	await text.fill('The first writer’s second version.');
	await expect(page.getByRole('status')).toHaveText(saved, { timeout: 10_000 });

	const theirText = colleague.getByRole('textbox', { name: 'Text', exact: true });
	await theirText.fill('The colleague’s own paragraph.');
	await expect(
		colleague.getByRole('heading', { name: 'Someone else saved this chapter meanwhile' })
	).toBeVisible({ timeout: 10_000 });
	await expect(colleague.getByRole('textbox', { name: /^Their text/ })).toHaveValue(
		'The first writer’s second version.'
	);
	// Who saved it, by name (both windows are the demo secretariat here), and when.
	await expect(colleague.getByRole('alert')).toContainText(/Saved by Demo Secretariat on .*20\d\d.*\d:\d\d/);
	await expect(theirText).toHaveValue('The colleague’s own paragraph.');
	await expectNoA11yViolations(colleague);

	// Saving on purpose replaces the other version; both stay in the history.
	await colleague.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(colleague.getByRole('status')).toHaveText(saved, { timeout: 10_000 });
	await expect(
		colleague.getByRole('heading', { name: 'Someone else saved this chapter meanwhile' })
	).toBeHidden();
	await page.reload();
	await expect(text).toHaveValue('The colleague’s own paragraph.');
	await expect(page.getByText(/^Version 4, /)).toBeVisible();
	await expect(page.getByText(/^Version 3, /)).toBeVisible();
	await other.close();
});

test('in French, a chapter saved in place without a title says what to do in French', async ({
	secretariatPage: page
}) => {
	await createCycle(page, 'French report');
	await page.getByRole('link', { name: 'Write and publish the report' }).click();
	await page.getByRole('button', { name: 'Start the report' }).click();
	await page.getByRole('link', { name: /^Introduction\s?: edit the chapter$/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Chapter: Introduction' })).toBeVisible();
	const chapter = new URL(page.url()).pathname;

	// The language is a cookie of this browser: the account, shared with other journeys, keeps its own.
	await page.goto(`/language?${new URLSearchParams({ locale: 'fr', returnTo: chapter })}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.getByLabel('Titre', { exact: true }).fill('');
	// With JavaScript, Enregistrer saves in place: the page is not reloaded, the server's answer is shown.
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();

	// The server wrote the error in the page's language: in the summary (which takes focus), at the field,
	// in the save status and in the title.
	const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link', { name: 'Donnez un titre au chapitre.' })).toBeVisible();
	await expect(page.locator('#title-error')).toHaveText('Donnez un titre au chapitre.');
	await expect(page.getByRole('status')).toHaveText('Non enregistré : Donnez un titre au chapitre.');
	await expect(page).toHaveTitle(/^Erreur : /);
	await expectNoA11yViolations(page);
});

test('the report builder works without JavaScript: start, write, add, move and remove', async ({
	browser,
	secretariatState
}) => {
	const context = await browser.newContext({
		baseURL: BASE_URL,
		locale: 'en-GB',
		storageState: secretariatState,
		javaScriptEnabled: false
	});
	const page = await context.newPage();
	recordDocuments(page);
	await createCycle(page, 'Plain report');
	await page.getByRole('link', { name: 'Write and publish the report' }).click();
	await page.getByRole('button', { name: 'Start the report' }).click();
	await expect(page.getByRole('status')).toHaveText('The report has been started with the usual outline.');

	// Saving a chapter with the Save button: the text is stored, with a message, and shows as version 2.
	await page.getByRole('link', { name: /^Introduction\s?: edit the chapter$/ }).click();
	await page.getByRole('textbox', { name: 'Text', exact: true }).fill('Écrit sans aucun script.');
	await page.getByLabel('Language of the chapter').selectOption({ label: 'French' });
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByText('The chapter has been saved.')).toBeVisible();
	await expect(page.getByLabel('Language of the chapter')).toHaveValue('fr');
	await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(
		'Écrit sans aucun script.'
	);
	await expect(page.getByText(/^Version 2, /)).toBeVisible();
	await expectNoA11yViolations(page);

	// A title left empty is refused with the error summary, and the typed text stays in the form.
	await page.getByLabel('Title', { exact: true }).fill('');
	await page.getByRole('textbox', { name: 'Text', exact: true }).fill('A second thought, not lost.');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Text', exact: true })).toHaveValue(
		'A second thought, not lost.'
	);
	await expectNoA11yViolations(page);

	// Back to the outline: add a chapter after the introduction, move it down, then remove it (asked first).
	await page.getByRole('link', { name: /^Back to the report of / }).click();
	const outline = page.getByRole('region', { name: 'Sections, in report order' });
	const titles = outline.getByRole('heading', { level: 3 });
	await page.getByLabel('Chapter title').fill('Voices of the cities');
	await page.getByLabel('Place after').selectOption({ label: 'Introduction' });
	await page.getByRole('button', { name: 'Add the chapter' }).click();
	await expect(page.getByRole('status')).toHaveText('The section has been added.');
	await expect(titles.nth(1)).toHaveText(/^Voices of the cities/);

	await page.getByRole('button', { name: /^Move down\s?: Voices of the cities$/ }).click();
	await expect(page.getByRole('status')).toHaveText('The section has been moved.');
	await expect(titles.nth(2)).toHaveText(/^Voices of the cities/);

	await page.getByRole('button', { name: /^Remove\s?: Voices of the cities$/ }).click();
	await expect(
		page.getByRole('heading', { name: 'Remove the chapter “Voices of the cities”?' })
	).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Remove “Voices of the cities”' }).click();
	await expect(page.getByRole('status')).toHaveText('The section has been removed from the report.');
	await expect(outline.getByText('Voices of the cities')).toHaveCount(0);

	// The preview says the introduction is in French and marks it so, for screen readers.
	await page
		.getByRole('navigation', { name: 'Report' })
		.getByRole('link', { name: 'Preview the report' })
		.click();
	const introduction = page.getByRole('region', { name: 'Introduction' });
	await expect(introduction.getByText('Written in French')).toBeVisible();
	// The chapter's text sits in an element marked with its language.
	await expect(introduction.locator('[lang="fr"] > .report-chapter')).toBeVisible();
	await expect(introduction.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'fr');
	await expectNoA11yViolations(page);
	await context.close();
});
