import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { BASE_URL, DEMO_PASSWORD, demo } from './env';

export { expect };

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The sign-in page's first form: e-mail address and password. */
export function passwordForm(page: Page): Locator {
	return page.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in', exact: true }) });
}

/** The sign-in page's second form, which e-mails a sign-in link. */
export function linkForm(page: Page): Locator {
	return page.locator('form').filter({ has: page.getByRole('button', { name: 'Send me a sign-in link' }) });
}

/** Fills in and sends the password form on the page that is open (the sign-in page). */
export async function submitPassword(page: Page, email: string, password: string): Promise<void> {
	const form = passwordForm(page);
	await form.getByLabel('E-mail address').fill(email);
	await form.getByLabel('Password').fill(password);
	await form.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * Opens the sign-in page and signs in with a password, checking the header then names the person. Both
 * pages on the way are checked with axe.
 */
export async function signIn(page: Page, email: string, name: string, password = DEMO_PASSWORD) {
	await page.goto('/sign-in');
	await expectNoA11yViolations(page);
	await submitPassword(page, email, password);
	await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
	await expectNoA11yViolations(page);
}

/**
 * Every spec imports `test` from here, never from '@playwright/test' directly: Playwright runs files that share
 * one set of fixtures in name order, but groups files with a different set separately, which would let
 * response-print.spec.ts run before questionnaire.spec.ts has filled the response it prints.
 *
 * `secretariatPage`: a page of its own, in a separate browser context, signed in as the demo secretariat.
 * The session is signed in once per worker and reused: the app allows only 10 password sign-ins per minute
 * from one client address, and every journey comes from 127.0.0.1. (better-auth counts them until a full
 * minute passes without one, so all sign-ins of the suite add up: keep them few.) The test's own `page` stays signed out,
 * so a journey can follow two people at once (the secretariat inviting, the invitee accepting).
 */
export const test = base.extend<{ secretariatPage: Page }, { secretariatState: StorageState }>({
	secretariatState: [
		async ({ browser }, use) => {
			const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
			const page = await context.newPage();
			await signIn(page, demo.secretariat, 'Demo Secretariat');
			const state = await context.storageState();
			await context.close();
			await use(state);
		},
		{ scope: 'worker' }
	],
	secretariatPage: async ({ browser, secretariatState }, use) => {
		const context = await browser.newContext({
			baseURL: BASE_URL,
			locale: 'en-GB',
			storageState: secretariatState
		});
		await use(await context.newPage());
		await context.close();
	}
});
