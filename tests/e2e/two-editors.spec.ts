// Nothing typed is lost in the browser. A Ghent contributor joins through an invitation and signs in, typing
// before the pages' scripts have loaded; then she and Ghent's coordinator fill one section of the open demo
// cycle at once, with JavaScript: on different questions both answers are saved; on the same question each
// sees the other's version beside their own and chooses, and the question's history has every version.
// Ghent's demo response of the open cycle is used by no other journey (Helsinki's is, by several).
import type { BrowserContext, Page } from '@playwright/test';
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { BASE_URL, demo } from './support/env';
import { expect, passwordForm, signIn, test } from './support/fixtures';
import { linkIn, waitForMail } from './support/mail';

const CYCLE = '/respond/2024-2026';
const SECTION = `${CYCLE}/city-context`;
const INVITEE = {
	name: 'Lotte Peeters',
	email: 'lotte.peeters@example.be',
	password: 'canals of the Leie 2026'
};
const COORDINATOR = 'Demo Coordinator Ghent';

/** The app's scripts arrive 1.5 s late, as on a slow connection: the page can be typed into before it hydrates. */
async function slowScripts(page: Page) {
	await page.route('**/_app/immutable/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
}

/** Waits until the late scripts have all arrived and the page has hydrated. */
async function hydrated(page: Page) {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
}

/** A question's text box on the section page. */
const box = (page: Page, itemId: string) => page.locator(`textarea[name="${itemId}"]`);

async function waitForAutosave(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible({ timeout: 15_000 });
}

function conflictOn(page: Page) {
	return page.getByRole('alert').filter({ hasText: 'Someone else saved this answer while you were editing' });
}

test.describe.serial('two people on one section, and typing before the page is ready', () => {
	let lotte: { context: BrowserContext; page: Page };
	let coordinator: { context: BrowserContext; page: Page };

	test.afterAll(async () => {
		await lotte?.context.close();
		await coordinator?.context.close();
	});

	test('what is typed before the scripts load stays, and is sent: accepting an invitation, signing in', async ({
		browser,
		secretariatPage: secretariat
	}) => {
		await secretariat.goto('/admin/people');
		const invite = secretariat.getByRole('region', { name: 'Invite a person' });
		await invite.getByLabel('Name', { exact: true }).fill(INVITEE.name);
		await invite.getByLabel('E-mail address').fill(INVITEE.email);
		await invite.getByRole('radio', { name: 'city contributor' }).check();
		await invite.getByLabel('City', { exact: true }).selectOption({ label: 'Ghent' });
		const sent = Date.now();
		await invite.getByRole('button', { name: 'Send invitation' }).click();
		await expect(secretariat.getByRole('status').filter({ hasText: INVITEE.email })).toBeVisible();
		await expectNoA11yViolations(secretariat);
		const mail = await waitForMail(INVITEE.email, 'Your invitation to Integrating Cities Monitor', {
			after: sent
		});

		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
		const page = await context.newPage();
		lotte = { context, page };
		await slowScripts(page);

		// The invitation: her name corrected and a new password, typed as soon as the form shows.
		await page.goto(linkIn(mail, '/invitation/'), { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Your name').fill(`${INVITEE.name}-Janssens`);
		await page.getByLabel('New password', { exact: true }).fill(INVITEE.password);
		await page.getByLabel('New password again').fill(INVITEE.password);
		await hydrated(page);
		await expect(page.getByLabel('Your name')).toHaveValue(`${INVITEE.name}-Janssens`);
		await expect(page.getByLabel('New password', { exact: true })).toHaveValue(INVITEE.password);
		await expect(page.getByLabel('New password again')).toHaveValue(INVITEE.password);
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Create my account' }).click();
		// Accepting signs her in and takes her to her questionnaires.
		await page.waitForURL(`${BASE_URL}/respond?welcome`, { waitUntil: 'domcontentloaded' });
		await expect(page.getByText(`Signed in as ${INVITEE.name}-Janssens`)).toBeVisible();
		await hydrated(page);
		await page.getByRole('button', { name: 'Sign out' }).click();

		// Signing in again, typed before that page's scripts load too.
		await page.goto('/sign-in', { waitUntil: 'domcontentloaded' });
		const form = passwordForm(page);
		await form.getByLabel('E-mail address').fill(INVITEE.email);
		await form.getByLabel('Password').fill(INVITEE.password);
		await hydrated(page);
		await expect(form.getByLabel('E-mail address')).toHaveValue(INVITEE.email);
		await expect(form.getByLabel('Password')).toHaveValue(INVITEE.password);
		await expectNoA11yViolations(page);
		await form.getByRole('button', { name: 'Sign in', exact: true }).click();
		await expect(page.getByText(`Signed in as ${INVITEE.name}-Janssens`)).toBeVisible();
		await page.unrouteAll({ behavior: 'wait' });
	});

	test('Ghent’s coordinator hands the city context section to the new colleague', async ({ browser }) => {
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
		coordinator = { context, page: await context.newPage() };
		const { page } = coordinator;
		await signIn(page, demo.ghentCoordinator, COORDINATOR);
		await page.goto(CYCLE);
		await page
			.getByLabel('Assign “City context and integration strategy” to')
			.selectOption({ label: `${INVITEE.name}-Janssens` });
		await page.getByRole('button', { name: /^Assign\W+City context and integration strategy$/ }).click();
		await expect(page.getByRole('status').filter({ hasText: 'The section is assigned.' })).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('on different questions, each person’s answer is saved and neither overwrites the other', async () => {
		const a = coordinator.page;
		const b = lotte.page;
		await a.goto(SECTION);
		await b.goto(SECTION);
		await expectNoA11yViolations(b);

		await box(a, 'national-developments').fill('A new Flemish civic integration decree (coordinator)');
		await waitForAutosave(a);
		// Lotte's page still shows the first question blank; she writes in the second one, in two goes, so
		// two saves go from a page that shows the first question as it was.
		await box(b, 'local-debates').fill('Debates on multilingual schools');
		await waitForAutosave(b);
		const saved = await b
			.getByRole('status')
			.filter({ hasText: /Saved at/ })
			.textContent();
		await box(b, 'local-debates').press('End');
		await box(b, 'local-debates').pressSequentially(' (Lotte)');
		await expect(b.getByRole('status').filter({ hasText: saved ?? '' })).toHaveCount(0);
		await waitForAutosave(b);
		await expect(conflictOn(b)).toHaveCount(0);
		await expect(box(b, 'national-developments')).toHaveValue('');

		await a.reload();
		await expect(box(a, 'national-developments')).toHaveValue(
			'A new Flemish civic integration decree (coordinator)'
		);
		await expect(box(a, 'local-debates')).toHaveValue('Debates on multilingual schools (Lotte)');
		await expectNoA11yViolations(a);
	});

	test('on the same question, each sees both versions and chooses; nothing is written until they do', async () => {
		const a = coordinator.page;
		const b = lotte.page;
		const theirs = 'A new Flemish civic integration decree (coordinator)';
		const mine = 'The decree makes Dutch courses compulsory (Lotte)';

		// Lotte's page still shows the first question as it was when she opened it: blank.
		await box(b, 'national-developments').fill(mine);
		const conflict = conflictOn(b);
		await expect(conflict).toBeVisible({ timeout: 15_000 });
		await expect(b.getByRole('status').filter({ hasText: 'Choose which version to keep' })).toBeVisible();
		await expect(conflict.getByRole('heading', { level: 2 })).toBeFocused();
		const theirVersion = conflict.getByRole('region', { name: 'Their version' });
		await expect(theirVersion).toContainText(theirs);
		await expect(theirVersion).toContainText(`Saved by ${COORDINATOR} on`);
		await expect(conflict.getByRole('region', { name: 'Your version' })).toContainText(mine);
		await expect(
			conflict.getByRole('group', { name: /Which version of “National developments/ })
		).toBeVisible();
		await expectNoA11yViolations(b);

		// More typing on that question is kept on the page, never saved over theirs.
		await box(b, 'national-developments').press('End');
		await box(b, 'national-developments').pressSequentially(', from 2027');
		await expect(conflict.getByRole('region', { name: 'Your version' })).toContainText(`${mine}, from 2027`);
		await b.waitForTimeout(3500);
		await a.reload();
		await expect(box(a, 'national-developments')).toHaveValue(theirs);

		// Lotte merges: the box starts with her version, exactly as typed.
		await conflict.getByRole('button', { name: 'Merge the two' }).click();
		const merged = conflict.getByLabel('Merged version');
		await expect(merged).toBeFocused();
		await expect(merged).toHaveValue(`${mine}, from 2027`);
		await expectNoA11yViolations(b);
		const both = `${theirs}. ${mine}, from 2027`;
		await merged.fill(both);
		await conflict.getByRole('button', { name: 'Save the merged version' }).click();
		await waitForAutosave(b);
		await expect(conflictOn(b)).toHaveCount(0);
		await expect(box(b, 'national-developments')).toHaveValue(both);

		// The coordinator's page shows her own text; she adds to it and is shown Lotte's merge beside it.
		await box(a, 'national-developments').press('End');
		await box(a, 'national-developments').pressSequentially(' Checked.');
		const second = conflictOn(a);
		await expect(second).toBeVisible({ timeout: 15_000 });
		await expect(second.getByRole('region', { name: 'Their version' })).toContainText(both);
		await expect(second.getByRole('region', { name: 'Their version' })).toContainText(
			`Saved by ${INVITEE.name}-Janssens on`
		);
		await expect(second.getByRole('region', { name: 'Your version' })).toContainText(`${theirs} Checked.`);
		await expectNoA11yViolations(a);
		await second.getByRole('button', { name: 'Keep their version' }).click();
		await expect(conflictOn(a)).toHaveCount(0);
		await expect(
			a.getByRole('status').filter({ hasText: 'Their version is now in the form.' })
		).toBeVisible();
		await expect(box(a, 'national-developments')).toHaveValue(both);
		await expect(a.locator('[id="national-developments-count"]')).toHaveText(
			`${3000 - both.length} characters left`
		);

		// The second question: Lotte changes it again; the coordinator, not knowing, keeps her own version.
		await box(b, 'local-debates').fill('Debates on multilingual schools and on housing (Lotte)');
		await waitForAutosave(b);
		await box(a, 'local-debates').fill('Debates on schools (coordinator)');
		const third = conflictOn(a);
		await expect(third).toBeVisible({ timeout: 15_000 });
		await expect(third.getByRole('region', { name: 'Their version' })).toContainText(
			'Debates on multilingual schools and on housing (Lotte)'
		);
		await third.getByRole('button', { name: 'Keep my version' }).click();
		await waitForAutosave(a);

		await a.reload();
		await expect(box(a, 'national-developments')).toHaveValue(both);
		await expect(box(a, 'local-debates')).toHaveValue('Debates on schools (coordinator)');
		// Lotte's page, whose text is now older, says so on her next change instead of overwriting.
		await box(b, 'local-debates').press('End');
		await box(b, 'local-debates').pressSequentially('!');
		await expect(conflictOn(b)).toBeVisible({ timeout: 15_000 });
		await expect(conflictOn(b).getByRole('region', { name: 'Their version' })).toContainText(
			'Debates on schools (coordinator)'
		);
		await conflictOn(b).getByRole('button', { name: 'Keep their version' }).click();
		await expect(box(b, 'local-debates')).toHaveValue('Debates on schools (coordinator)');
	});

	test('without JavaScript, the conflict names who saved theirs and when, beside one’s own', async ({
		browser
	}) => {
		const context = await browser.newContext({
			baseURL: BASE_URL,
			locale: 'en-GB',
			javaScriptEnabled: false,
			storageState: await coordinator.context.storageState()
		});
		const page = await context.newPage();
		recordDocuments(page);
		await page.goto(SECTION);
		const name = page.getByLabel('Name of the strategy', { exact: true });
		await lotte.page.getByLabel('Name of the strategy', { exact: true }).fill('Ghent together');
		await waitForAutosave(lotte.page);

		await name.fill('Ghent for everyone');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		const conflict = conflictOn(page);
		await expect(conflict).toBeVisible();
		await expect(conflict).toContainText(`${INVITEE.name}-Janssens saved “Name of the strategy” on`);
		await expect(conflict.getByRole('region', { name: 'Their version' })).toContainText('Ghent together');
		await expect(conflict.getByRole('region', { name: 'Their version' })).toContainText(
			`Saved by ${INVITEE.name}-Janssens on`
		);
		await expect(conflict.getByRole('region', { name: 'Your version' })).toContainText('Ghent for everyone');
		await expect(name).toHaveValue('Ghent for everyone');
		await expectNoA11yViolations(page);
		await conflict.getByRole('link', { name: 'Keep their version' }).click();
		await expect(name).toHaveValue('Ghent together');
		await context.close();
	});

	test('with JavaScript, a Save pressed before autosave ran shows the conflict it met, and the choice works', async () => {
		const { page } = coordinator;
		await page.goto(SECTION);
		await page.waitForLoadState('networkidle');
		const name = page.getByLabel('Name of the strategy', { exact: true });
		await lotte.page.goto(SECTION);
		await lotte.page.getByLabel('Name of the strategy', { exact: true }).fill('Ghent, a city for all');
		await waitForAutosave(lotte.page);

		// Typed and saved at once, before autosave: the server finds the conflict and the page comes back with it.
		await name.fill('Ghent, open to all');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		const conflict = conflictOn(page);
		await expect(conflict).toBeVisible();
		// The panel's code arrives after the page: the panel is then the live one, with its buttons, and has focus.
		await expect(conflict.getByRole('button', { name: 'Keep my version' })).toBeVisible();
		await expect(conflict.getByRole('heading', { level: 2 })).toBeFocused();
		await expect(conflict.getByRole('region', { name: 'Their version' })).toContainText(
			'Ghent, a city for all'
		);
		await expect(conflict.getByRole('region', { name: 'Your version' })).toContainText('Ghent, open to all');
		await expectNoA11yViolations(page);
		await conflict.getByRole('button', { name: 'Keep my version' }).click();
		await waitForAutosave(page);
		await expect(conflictOn(page)).toHaveCount(0);
		await page.reload();
		await expect(name).toHaveValue('Ghent, open to all');
	});

	test('each question’s history lists every version that was saved', async () => {
		const { page } = coordinator;
		await page.goto(`${CYCLE}/history/national-developments`);
		const rows = page.getByRole('table').getByRole('row');
		await expect(rows).toHaveCount(3);
		await expect(rows.nth(1)).toContainText(INVITEE.name);
		await expect(rows.nth(1)).toContainText(
			'A new Flemish civic integration decree (coordinator). The decree makes Dutch courses compulsory (Lotte), from 2027'
		);
		await expect(rows.nth(2)).toContainText(COORDINATOR);
		await expect(rows.nth(2)).toContainText('A new Flemish civic integration decree (coordinator)');
		await expectNoA11yViolations(page);

		await page.goto(`${CYCLE}/history/local-debates`);
		await expect(rows).toHaveCount(5);
		await expect(rows.nth(1)).toContainText('Debates on schools (coordinator)');
		await expect(rows.nth(2)).toContainText('Debates on multilingual schools and on housing (Lotte)');
		await expect(rows.nth(3)).toContainText('Debates on multilingual schools (Lotte)');
		// The first version, exactly (after the note of the language it is marked as written in).
		await expect(rows.nth(4).getByRole('cell').nth(2)).toHaveText(/Debates on multilingual schools$/);
		await expectNoA11yViolations(page);
	});
});
