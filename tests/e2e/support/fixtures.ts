import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
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

/** Opens the sign-in page and signs in with a password, checking the header then names the person. */
export async function signIn(page: Page, email: string, name: string, password = DEMO_PASSWORD) {
	await page.goto('/sign-in');
	await submitPassword(page, email, password);
	await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
}

/**
 * `secretariatState`: the cookies of one secretariat session, signed in once per worker. The app allows only
 * 10 password sign-ins per minute from one address, and every journey comes from 127.0.0.1, so journeys
 * that are not about signing in reuse this session: `test.use({ storageState: asSecretariat })`.
 */
export const test = base.extend<object, { secretariatState: StorageState }>({
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
	]
});

export const asSecretariat = async (
	{ secretariatState }: { secretariatState: StorageState },
	use: (state: StorageState) => Promise<void>
) => use(secretariatState);
