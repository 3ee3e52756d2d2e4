// The city's self-assessment, as the coordinator and a colleague live it: handing a section over, filling in
// without JavaScript, autosave, two people saving the same answer, an expired session, attaching a document,
// then submission.
// The journeys share the demo Helsinki response of the open 2024–2026 cycle and run in this order.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expectNoA11yViolations, recordDocuments } from './support/axe';
import { BASE_URL, DEMO_PASSWORD, demo } from './support/env';
import { expect, signIn, submitPassword, test } from './support/fixtures';

const CYCLE = '/respond/2024-2026';

async function personContext(browser: Browser, email: string, name: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB', javaScriptEnabled });
	const page = await context.newPage();
	// axe cannot run in a page without JavaScript: it checks the markup the page received instead.
	if (!javaScriptEnabled) recordDocuments(page);
	await signIn(page, email, name);
	return { context, page };
}

/**
 * The session ends as it does when it expires: the browser no longer sends a valid session, but keeps its
 * other cookies, among them the one that says whose browser it is (so a form sent now can be kept for them).
 */
async function endSession(context: BrowserContext) {
	await context.clearCookies({ name: /session_token/ });
}

/** The rating radios and evidence box of one commitment on a section page. */
function commitment(page: Page, number: number) {
	return {
		rate: (label: 'Fully' | 'Partly' | 'Not at all') =>
			page.locator(`fieldset#q-c${number}-rating`).getByLabel(label, { exact: true }).check(),
		evidence: page.locator(`[id="c${number}-rating.evidence"]`)
	};
}

async function waitForAutosave(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible({ timeout: 15_000 });
}

test.describe.serial('the city’s questionnaire', () => {
	let coordinator: { context: BrowserContext; page: Page };

	test.beforeAll(async ({ browser }) => {
		coordinator = await personContext(browser, demo.coordinator, 'Demo Coordinator');
	});
	test.afterAll(async () => coordinator.context.close());

	/** Another window of the signed-in coordinator, with JavaScript off; axe checks the markup it receives. */
	async function coordinatorWithoutScript(browser: Browser) {
		const context = await browser.newContext({
			baseURL: BASE_URL,
			locale: 'en-GB',
			javaScriptEnabled: false,
			storageState: await coordinator.context.storageState()
		});
		const page = await context.newPage();
		recordDocuments(page);
		return { context, page };
	}

	test('the coordinator sees the sections and hands the employer section to a colleague', async () => {
		const { page } = coordinator;
		await page.getByRole('link', { name: 'Our questionnaire' }).click();
		await expectNoA11yViolations(page);
		await page.getByRole('link', { name: 'Reporting period 2024–2026 (demo)' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reporting period 2024–2026 (demo)');
		await expect(page.getByRole('link', { name: 'The city as employer' })).toBeVisible();
		await expectNoA11yViolations(page);

		await page.getByLabel('Assign “The city as employer” to').selectOption({ label: 'Demo Contributor' });
		await page.getByRole('button', { name: /^Assign\W+The city as employer$/ }).click();
		await expect(page.getByRole('status').filter({ hasText: 'The section is assigned.' })).toBeVisible();
		await expect(page.locator('.task', { hasText: 'The city as employer' })).toContainText(
			'Assigned to Demo Contributor'
		);
		await expectNoA11yViolations(page);
	});

	test('the contributor fills the employer section without JavaScript and sees nothing else', async ({
		browser
	}) => {
		const { context, page } = await personContext(browser, demo.contributor, 'Demo Contributor', false);
		await page.goto(CYCLE);
		await expectNoA11yViolations(page);
		await expect(page.locator('.task')).toHaveCount(1);
		await page.getByRole('link', { name: 'The city as employer' }).click();
		await expectNoA11yViolations(page);

		for (const number of [6, 7, 8]) {
			await commitment(page, number).rate('Partly');
			await commitment(page, number).evidence.fill(`Recruitment measure ${number} from the HR department`);
		}
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Your answers are saved.')).toBeVisible();
		await expect(commitment(page, 7).evidence).toHaveValue('Recruitment measure 7 from the HR department');
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Mark this section as completed' }).click();
		await expect(page.locator('.task', { hasText: 'The city as employer' })).toContainText('Completed');

		const other = await page.goto(`${CYCLE}/buyer`);
		expect(other?.status()).toBe(403);
		await expect(page.getByRole('heading', { name: 'You cannot open this page' })).toBeVisible();
		await expectNoA11yViolations(page);
		await context.close();
	});

	test('two people saving the same answer: the second sees both versions and chooses', async ({
		browser
	}) => {
		const { context: first, page: a } = await coordinatorWithoutScript(browser);
		const { context: second, page: b } = await coordinatorWithoutScript(browser);
		await a.goto(`${CYCLE}/policy-maker`);
		await b.goto(`${CYCLE}/policy-maker`);

		await commitment(a, 1).rate('Fully');
		await commitment(a, 1).evidence.fill('Version A: the mayor’s campaign');
		await a.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(a.getByText('Your answers are saved.')).toBeVisible();

		await commitment(b, 1).rate('Fully');
		await commitment(b, 1).evidence.fill('Version B: the welcome programme');
		await b.getByRole('button', { name: 'Save', exact: true }).click();
		const conflict = b
			.getByRole('alert')
			.filter({ hasText: 'Someone else saved this answer while you were editing' });
		await expect(conflict).toBeVisible();
		await expect(conflict).toContainText('Version A: the mayor’s campaign');
		await expect(commitment(b, 1).evidence).toHaveValue('Version B: the welcome programme');
		await expectNoA11yViolations(b);

		await conflict.getByRole('button', { name: 'Keep my version' }).click();
		await expect(b.getByText('Your answers are saved.')).toBeVisible();
		await expect(commitment(b, 1).evidence).toHaveValue('Version B: the welcome programme');

		// Both versions are in the history, and the coordinator can bring the first one back.
		await b.getByRole('link', { name: /History of this answer\W+Actively communicate/ }).click();
		await expect(b.getByRole('table')).toContainText('Version A: the mayor’s campaign');
		await expect(b.getByRole('table')).toContainText('Version B: the welcome programme');
		await expectNoA11yViolations(b);
		await b
			.getByRole('row', { name: /Version A/ })
			.getByRole('button', { name: /Restore this value/ })
			.click();
		await expect(b.getByText('The earlier value is back.')).toBeVisible();
		await b.goto(`${CYCLE}/policy-maker`);
		await expect(commitment(b, 1).evidence).toHaveValue('Version A: the mayor’s campaign');
		await first.close();
		await second.close();
	});

	test('with JavaScript, a Save that meets a colleague’s answer shows both; "your version" follows typing', async ({
		browser
	}) => {
		const { context: other, page: a } = await coordinatorWithoutScript(browser);
		const { page: b } = coordinator;
		await a.goto(`${CYCLE}/policy-maker`);
		await b.goto(`${CYCLE}/policy-maker`);

		await commitment(a, 1).rate('Fully');
		await commitment(a, 1).evidence.fill('Version C: the campaign, renewed');
		await a.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(a.getByText('Your answers are saved.')).toBeVisible();

		// Saved at once, before autosave would: the page comes back from the server with the conflict.
		await commitment(b, 1).rate('Fully');
		await commitment(b, 1).evidence.fill('Version D: the welcome desk');
		await b.getByRole('button', { name: 'Save', exact: true }).click();
		const conflict = b
			.getByRole('alert')
			.filter({ hasText: 'Someone else saved this answer while you were editing' });
		await expect(conflict).toBeVisible();
		await expect(conflict.getByRole('heading', { level: 2 })).toBeFocused();
		await expect(conflict.getByRole('region', { name: 'Their version' })).toContainText('Version C');
		const yours = conflict.getByRole('region', { name: 'Your version' });
		await expect(yours).toContainText('Version D: the welcome desk');

		await commitment(b, 1).evidence.press('End');
		await commitment(b, 1).evidence.pressSequentially(', open daily');
		await expect(yours).toContainText('Version D: the welcome desk, open daily');
		await conflict.getByRole('button', { name: 'Keep their version' }).click();
		await expect(conflict).toHaveCount(0);
		await expect(commitment(b, 1).evidence).toHaveValue('Version C: the campaign, renewed');
		await expectNoA11yViolations(b);
		await other.close();
	});

	test('an expired session loses nothing: the typing is saved after signing in again', async ({
		browser
	}) => {
		const { context, page } = await personContext(browser, demo.coordinator, 'Demo Coordinator');
		await page.goto(`${CYCLE}/service-provider`);
		await endSession(context);
		await commitment(page, 4).rate('Fully');
		await commitment(page, 4).evidence.fill('Language courses in twelve languages');
		await expect(page.getByRole('status').filter({ hasText: 'You have been signed out.' })).toBeVisible({
			timeout: 15_000
		});
		await expectNoA11yViolations(page);

		const again = await context.newPage();
		await signIn(again, demo.coordinator, 'Demo Coordinator');
		await waitForAutosave(page);
		await page.reload();
		await expect(commitment(page, 4).evidence).toHaveValue('Language courses in twelve languages');
		await context.close();
	});

	test('without JavaScript, a form sent after the session ended is kept: sign in, and send it again', async ({
		browser
	}) => {
		const { context, page } = await coordinatorWithoutScript(browser);
		await page.goto(`${CYCLE}/service-provider`);
		await endSession(context);
		const typed = 'Evening language courses, typed after the session ended';
		await commitment(page, 4).evidence.fill(typed);
		await page.getByRole('button', { name: 'Save', exact: true }).click();

		await expect(page.getByRole('status')).toContainText('Your session had ended');
		await expectNoA11yViolations(page);
		await submitPassword(page, demo.coordinator, DEMO_PASSWORD);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Send the form you typed again' })
		).toBeVisible();
		await expect(page.getByRole('region', { name: 'What you typed' })).toContainText(typed);
		await expectNoA11yViolations(page);
		const keptPage = page.url();

		await page.getByRole('button', { name: 'Send it now' }).click();
		await expect(page.getByText('Your answers are saved.')).toBeVisible();
		await expect(commitment(page, 4).evidence).toHaveValue(typed);
		// Sent once, it is no longer kept.
		await page.goto(keptPage);
		await expect(page.getByRole('heading', { level: 1, name: 'Nothing is kept here' })).toBeVisible();
		await expectNoA11yViolations(page);
		await context.close();
	});

	test('the coordinator attaches a document without JavaScript; a text file named .pdf is refused', async ({
		browser
	}) => {
		const { context, page } = await coordinatorWithoutScript(browser);
		await page.goto(`${CYCLE}/good-practices`);
		const documents = page.locator('fieldset#q-documents');
		await expect(documents.getByText('No files attached yet.')).toBeVisible();
		await expectNoA11yViolations(page);

		await documents.getByLabel('Attach a file').setInputFiles({
			name: 'integration-strategy.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4\n% Helsinki integration strategy 2024\n%%EOF\n')
		});
		await documents.getByRole('button', { name: 'Upload file' }).click();
		await expect(page.getByText('The file is attached.')).toBeVisible();
		const link = documents.getByRole('link', { name: 'integration-strategy.pdf' });
		await expect(link).toBeVisible();
		await expect(documents).toContainText('(PDF, 1 KB)');
		await expectNoA11yViolations(page);

		const download = await page.request.get((await link.getAttribute('href')) ?? '');
		expect(download.status()).toBe(200);
		expect(download.headers()['content-type']).toBe('application/pdf');
		expect(download.headers()['content-disposition']).toBe(
			`attachment; filename="integration-strategy.pdf"; filename*=UTF-8''integration-strategy.pdf`
		);
		expect(download.headers()['x-content-type-options']).toBe('nosniff');
		expect((await download.body()).toString()).toContain('Helsinki integration strategy 2024');

		// The name says PDF, the content does not: the content decides.
		await documents.getByLabel('Attach a file').setInputFiles({
			name: 'notes.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('Meeting notes, typed in a text editor')
		});
		await documents.getByRole('button', { name: 'Upload file' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
		const message = 'The file notes.pdf must be a PDF, DOCX, XLSX, PNG or JPEG';
		await expect(summary.getByRole('link', { name: message })).toBeVisible();
		await expect(documents.getByText(message)).toBeVisible();
		await expect(link).toBeVisible();
		await expectNoA11yViolations(page);

		await documents.getByRole('button', { name: 'Remove integration-strategy.pdf' }).click();
		await expect(page.getByText('The file is removed from this answer.')).toBeVisible();
		await expect(link).toHaveCount(0);
		await expect(documents.getByText('No files attached yet.')).toBeVisible();
		await expectNoA11yViolations(page);
		await context.close();
	});

	test('the coordinator fills the rest with autosave, fixes an error, and submits', async () => {
		const { page } = coordinator;
		await page.goto(`${CYCLE}/city-context`);
		await page.locator('fieldset#q-strategy').getByLabel('No', { exact: true }).check();
		await page.locator('fieldset#q-migrant-definition').getByRole('radio').first().check();
		await waitForAutosave(page);
		await expectNoA11yViolations(page);

		await page.goto(`${CYCLE}/policy-maker`);
		await commitment(page, 2).rate('Partly');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('link', { name: 'Give the evidence for your rating' })).toBeVisible();
		await expectNoA11yViolations(page);
		await summary.getByRole('link', { name: 'Give the evidence for your rating' }).click();
		await expect(commitment(page, 2).evidence).toBeFocused();
		await commitment(page, 2).evidence.fill('Equality impact checks on every new policy');
		await commitment(page, 3).rate('Partly');
		await commitment(page, 3).evidence.fill('A migrant council advises the city board');
		await waitForAutosave(page);

		await page.goto(`${CYCLE}/service-provider`);
		await commitment(page, 5).rate('Partly');
		await commitment(page, 5).evidence.fill('Interpreting in health services');
		await waitForAutosave(page);

		// Last period's answer is shown beside the question and can be taken over as it was.
		await page.goto(`${CYCLE}/buyer`);
		const previous = page.locator('fieldset#q-c10-rating .previous-answer');
		await expect(previous).toContainText('Your answer in Reporting period 2018–2020');
		await expect(previous).toContainText('Partly');
		await previous.getByRole('button', { name: /Copy this answer/ }).click();
		await expect(page.getByText('The previous answer was copied.')).toBeVisible();
		await expect(commitment(page, 10).evidence).toHaveValue(/Demo answer for commitment 10/);
		await expect(page.locator('fieldset#q-c10-rating').getByLabel('Partly', { exact: true })).toBeChecked();
		await expectNoA11yViolations(page);
		for (const number of [9, 11]) await commitment(page, number).rate('Not at all');
		await waitForAutosave(page);

		await page.goto(`${CYCLE}/check`);
		await expect(page.getByText('All required questions are answered.')).toBeVisible();
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Submit the response…' }).click();
		await expectNoA11yViolations(page);
		await page.getByRole('button', { name: 'Yes, submit the response' }).click();
		await expect(page.getByText('Your response is submitted. Thank you.')).toBeVisible();
		await expect(page.getByText('State of your response: submitted')).toBeVisible();
		await expectNoA11yViolations(page);

		await page.goto(`${CYCLE}/policy-maker`);
		await expect(page.getByText(/It can no longer be changed/)).toBeVisible();
		await expect(page.getByRole('textbox')).toHaveCount(0);
		await expect(page.getByText('Equality impact checks on every new policy')).toBeVisible();
		await expectNoA11yViolations(page);
	});
});
