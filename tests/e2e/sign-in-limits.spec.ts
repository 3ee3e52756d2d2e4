// Runs after every other journey, as the teardown of their Playwright project (playwright.config.ts): once
// the address limit is reached, every password sign-in from 127.0.0.1, so from every journey, is refused until
// a minute passes without failures.
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { DEMO_PASSWORD, SIGN_IN_LIMIT, demo } from './support/env';
import { expect, submitPassword, test } from './support/fixtures';

/** Failed attempts one account is allowed in a quarter of an hour (lib/server/sign-in-limits.ts). */
const FAILURES_PER_ACCOUNT = 5;

/** Sends the password form and returns the status of the page that answers. */
async function tryToSignIn(page: Page, email: string, password: string): Promise<number> {
	const answered = page.waitForResponse(
		(response) => response.request().method() === 'POST' && response.url().includes('/sign-in?/password')
	);
	await submitPassword(page, email, password);
	return (await answered).status();
}

test('after too many wrong passwords, the account waits and says how to get in; others are not affected', async ({
	page,
	browser
}) => {
	await page.goto('/sign-in');
	await expectNoA11yViolations(page);
	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });

	for (let attempt = 1; attempt <= FAILURES_PER_ACCOUNT; attempt++) {
		expect(await tryToSignIn(page, demo.contributor, `wrong password number ${attempt}`)).toBe(401);
		await expect(summary).toContainText('The e-mail address or the password is not right.');
	}
	// Now even the right password waits: someone guessing cannot tell when they found it.
	expect(await tryToSignIn(page, demo.contributor, DEMO_PASSWORD)).toBe(429);
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Too many wrong passwords for this account');
	await expect(summary).toContainText('ask for a sign-in link');
	await expect(page.getByText(/Signed in as/)).toHaveCount(0);
	await expectNoA11yViolations(page);

	// A colleague in the same room, behind the same address, signs in as usual.
	const colleague = await browser.newPage();
	await colleague.goto('/sign-in');
	expect(await tryToSignIn(colleague, demo.ghentCoordinator, DEMO_PASSWORD)).toBe(303);
	await expect(colleague.getByText(/Signed in as/)).toBeVisible();
	await colleague.close();
});

test('after too many failed sign-ins from one address, the sign-in form asks to wait a minute', async ({
	page
}) => {
	await page.goto('/sign-in');
	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });

	// Guesses spread over many accounts, sent quickly as a script would: each account stays under its own
	// limit, the address does not. The last one goes through the page, to read what a person is told.
	const origin = new URL(page.url()).origin;
	const statuses: number[] = [];
	// Twice the limit at most: a window that began in an earlier journey may end while these are sent.
	for (let attempt = 1; attempt <= 2 * SIGN_IN_LIMIT; attempt++) {
		const guess = await page.request.post('/sign-in?/password', {
			headers: { origin, accept: 'text/html' },
			form: { email: `guess${attempt}@example.org`, password: 'a guessed password' }
		});
		statuses.push(guess.status());
		if (statuses.at(-1) === 429) break;
	}
	// Earlier journeys' failures from this address may already count, so the limit can come sooner.
	expect(statuses.at(-1), `answers to the attempts: ${statuses.join(', ')}`).toBe(429);
	expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
	expect(await tryToSignIn(page, 'one.more.guess@example.org', 'a guessed password')).toBe(429);
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Too many attempts. Wait a minute, then try again.');
	await expectNoA11yViolations(page);

	// The limit is per client address: even another person's right password is refused now.
	expect(await tryToSignIn(page, demo.secretariat, DEMO_PASSWORD)).toBe(429);
	await expect(page.getByText(/Signed in as/)).toHaveCount(0);

	// Claiming to be another address does not help: the server uses the connection's own address.
	const spoofed = await page.request.post('/sign-in?/password', {
		headers: { 'x-forwarded-for': '203.0.113.99', origin, accept: 'text/html' },
		form: { email: demo.secretariat, password: DEMO_PASSWORD }
	});
	expect(spoofed.status()).toBe(429);
	// Nor does better-auth's own endpoint, which is not reachable from outside.
	const direct = await page.request.post('/api/auth/sign-in/email', {
		headers: { origin },
		data: { email: demo.secretariat, password: DEMO_PASSWORD }
	});
	expect(direct.status()).toBe(404);
});
