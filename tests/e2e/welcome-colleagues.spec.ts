// A city's first days: its new coordinator is invited to an account and, before accepting, to the open demo
// cycle (which publishes city answers); they are told so in the e-mail and on every questionnaire page. After
// accepting they land on their questionnaire signed in, invite a colleague as contributor with a section, and
// later hand him another section. Leipzig (a respondent, not a signatory, so not invited to the demo cycle) is used by no other journey; the demo cycle 2024–2026 is Helsinki's and
// Ghent's too, but only Leipzig's response is touched here.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { BASE_URL } from './support/env';
import { expect, test } from './support/fixtures';
import { linkIn, waitForMail } from './support/mail';

const CYCLE = '2024-2026';
const CYCLE_NAME = 'Reporting period 2024–2026 (demo)';
const COORDINATOR = {
	name: 'Leonie Fischer',
	email: 'leonie.fischer@leipzig.example',
	password: 'Auwald in spring 2026'
};
const COLLEAGUE = {
	name: 'Jonas Weber',
	email: 'jonas.weber@leipzig.example',
	password: 'Thomaskirche choir 2026'
};

async function accept(page: Page, link: string, password: string) {
	await page.goto(link);
	await expectNoA11yViolations(page);
	await page.getByLabel('New password', { exact: true }).fill(password);
	await page.getByLabel('New password again').fill(password);
	await page.getByRole('button', { name: 'Create my account' }).click();
}

test.describe.serial('a new city coordinator and a colleague', () => {
	let leonie: { context: BrowserContext; page: Page };
	let jonas: { context: BrowserContext; page: Page };
	let invitationLink: string;

	test.afterAll(async () => {
		await leonie?.context.close();
		await jonas?.context.close();
	});

	test('a coordinator who has not accepted yet gets the cycle’s invitation, which says answers will be public', async ({
		secretariatPage: page
	}) => {
		await page.goto('/admin/cities/leipzig/coordinator');
		await page.getByLabel('Name of the coordinator').fill(COORDINATOR.name);
		await page.getByLabel('E-mail of the coordinator').fill(COORDINATOR.email);
		const accountSent = Date.now();
		await page.getByRole('button', { name: 'Send invitation' }).click();
		await expect(page.getByRole('status').filter({ hasText: COORDINATOR.email })).toBeVisible();
		invitationLink = linkIn(
			await waitForMail(COORDINATOR.email, 'Your invitation to Integrating Cities Monitor', {
				after: accountSent
			}),
			'/invitation/'
		);

		await page.goto(`/admin/cycles/${CYCLE}/invite`);
		// The checklist names the pending coordinator instead of saying the city has none.
		await expect(
			page.getByText(`Coordinator: ${COORDINATOR.name} (invited, has not accepted yet)`)
		).toBeVisible();
		for (const box of await page.getByRole('checkbox', { checked: true }).all()) await box.uncheck();
		await page.getByRole('checkbox', { name: /^Leipzig/ }).check();
		const cycleSent = Date.now();
		await page.getByRole('button', { name: 'Send the invitations' }).click();
		await expect(page.getByText('Cities invited: 1. E-mails sent: 1.')).toBeVisible();
		await expect(page.getByText(/has not accepted the account invitation yet/)).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: /^Leipzig$/ })).toBeVisible();
		await expect(page.getByText(/nobody was told/)).toHaveCount(0);
		await expectNoA11yViolations(page);

		const mail = await waitForMail(COORDINATOR.email, `Integrating Cities questionnaire ${CYCLE_NAME}`, {
			after: cycleSent
		});
		expect(mail.text).toContain('your city’s answers will be public');
		expect(mail.text).toContain('public profile');
		expect(mail.text).toContain('data annex');
		expect(mail.text).toContain('After the report is published');
		expect(mail.text).toContain('Your account is not set up yet');
		// Said before the link, not after it.
		expect(mail.text.indexOf('will be public')).toBeLessThan(mail.text.indexOf(`/respond/${CYCLE}`));
		expect(mail.links).toContain(`${BASE_URL}/respond/${CYCLE}`);
	});

	test('accepting signs the coordinator in; every questionnaire page says the answers will be public', async ({
		browser
	}) => {
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
		leonie = { context, page: await context.newPage() };
		const { page } = leonie;
		await accept(page, invitationLink, COORDINATOR.password);
		await expect(page).toHaveURL(`${BASE_URL}/respond?welcome`);
		await expect(page.getByRole('status')).toHaveText('Your account is ready and you are signed in.');
		await expect(page.getByText(`Signed in as ${COORDINATOR.name}`)).toBeVisible();
		await expectNoA11yViolations(page);

		await page.getByRole('link', { name: CYCLE_NAME }).click();
		const notice = page.getByTestId('public-answers');
		await expect(notice).toContainText('Your answers will be public');
		await expect(notice).toContainText('public profile');
		await expect(notice).toContainText('data annex');
		// Near the top: before the task list.
		await expect(page.locator('[data-testid="public-answers"] ~ h2').first()).toHaveText('Sections');
		await expectNoA11yViolations(page);

		await page.goto(`/respond/${CYCLE}/city-context`);
		await expect(notice).toContainText('Your answers will be public');
		// Before the first question.
		await expect(page.locator('[data-testid="public-answers"] ~ form fieldset').first()).toBeVisible();
		await expectNoA11yViolations(page);

		await page.goto(`/respond/${CYCLE}/check`);
		/** The last thing before a button: the text of the element just before its form. */
		const justBefore = (button: Locator) =>
			button.evaluate((element) => {
				const form = element.closest('form');
				return form?.previousElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
			});
		const submit = page.getByRole('button', { name: 'Submit the response' });
		await expect(submit).toHaveAccessibleDescription(/Your answers will be public/);
		expect(await justBefore(submit)).toContain(
			'these answers and their evidence are public on your city’s profile'
		);
		await expectNoA11yViolations(page);
		// The confirmation, where the response is really sent, says it again as the last thing before sending.
		await submit.click();
		const send = page.getByRole('button', { name: 'Yes, submit the response' });
		await expect(send).toHaveAccessibleDescription(/Your answers will be public/);
		expect(await justBefore(send)).toContain(
			'these answers and their evidence are public on your city’s profile'
		);
		await expectNoA11yViolations(page);
	});

	test('the coordinator invites a colleague as contributor, handing him a section', async () => {
		const { page } = leonie;
		await page.goto('/respond');
		await page.getByRole('link', { name: 'Colleagues who work on the questionnaire' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Colleagues' })).toBeVisible();
		await expect(page.getByRole('table', { name: 'People of Leipzig' })).toContainText(COORDINATOR.email);
		await expectNoA11yViolations(page);

		// Nothing typed: the error summary takes focus and names each field.
		await page.getByRole('button', { name: 'Send the invitation' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('link', { name: 'Enter your colleague’s name' })).toHaveAttribute(
			'href',
			'#name'
		);
		await expect(page).toHaveTitle(/^Error: /);
		await expectNoA11yViolations(page);

		await page.getByLabel('Name', { exact: true }).fill(COLLEAGUE.name);
		await page.getByLabel('E-mail address').fill(COLLEAGUE.email);
		await page.getByLabel('Hand them a section (optional)').selectOption({ label: 'The city as employer' });
		const sent = Date.now();
		await page.getByRole('button', { name: 'Send the invitation' }).click();
		await expect(page.getByRole('status')).toHaveText(`Invitation sent to ${COLLEAGUE.email}.`);
		await expect(page.getByRole('row', { name: new RegExp(COLLEAGUE.name) })).toContainText(
			'city contributor (invited, has not accepted yet)'
		);
		await expectNoA11yViolations(page);

		const mail = await waitForMail(
			COLLEAGUE.email,
			'invites you to the Integrating Cities questionnaire of Leipzig',
			{
				after: sent
			}
		);
		expect(mail.text).toContain(`${COORDINATOR.name}, who coordinates`);
		expect(mail.text).toContain('“The city as employer”');
		invitationLink = linkIn(mail, '/invitation/');
	});

	test('the colleague accepts and lands on his section, signed in; his check page links only there', async ({
		browser
	}) => {
		const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
		jonas = { context, page: await context.newPage() };
		const { page } = jonas;
		await accept(page, invitationLink, COLLEAGUE.password);
		await expect(page).toHaveURL(`${BASE_URL}/respond/${CYCLE}/employer?notice=welcome`);
		await expect(page.getByRole('heading', { level: 1, name: 'The city as employer' })).toBeVisible();
		await expect(
			page.getByRole('status').filter({ hasText: 'This is the section handed to you.' })
		).toBeVisible();
		await expect(page.getByText(`Signed in as ${COLLEAGUE.name}`)).toBeVisible();
		await expect(page.getByTestId('public-answers')).toContainText('Your answers will be public');
		await expectNoA11yViolations(page);

		await page.goto(`/respond/${CYCLE}/check`);
		await expect(
			page.getByRole('heading', { name: 'Before you can submit, answer these questions:' })
		).toBeVisible();
		// His own section's entries link to it; the others are text that says who has them.
		const links = await page
			.locator(`a[href^="/respond/${CYCLE}/"]`)
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
		expect(links.length).toBeGreaterThan(0);
		for (const href of links) expect(href).toMatch(new RegExp(`^/respond/${CYCLE}/employer[#?]`));
		await expect(
			page.getByText('section “City context and integration strategy”, with your coordinator').first()
		).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('a section handed to the colleague later reaches him by e-mail', async () => {
		const { page } = leonie;
		await page.goto(`/respond/${CYCLE}`);
		const section = 'The city as buyer of goods and services';
		await page.getByLabel(`Assign “${section}” to`).selectOption({ label: COLLEAGUE.name });
		const sent = Date.now();
		await page.getByRole('button', { name: new RegExp(`^Assign ?: ${section}$`) }).click();
		await expect(page.getByRole('status')).toHaveText('The section is assigned.');
		await expectNoA11yViolations(page);

		const mail = await waitForMail(COLLEAGUE.email, 'A section of the Integrating Cities questionnaire', {
			after: sent
		});
		expect(mail.text).toContain(`“${section}”`);
		const link = linkIn(mail, `/respond/${CYCLE}/buyer`);
		await jonas.page.goto(link);
		await expect(jonas.page.getByRole('heading', { level: 1, name: section })).toBeVisible();
		await expectNoA11yViolations(jonas.page);
	});
});
