// Runs last on purpose (files run in name order, as long as every spec imports `test` from support/fixtures):
// once the limit is reached, every password sign-in from 127.0.0.1, so from every journey, is refused until a
// minute passes without attempts.
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { DEMO_PASSWORD, SIGN_IN_LIMIT, demo } from './support/env';
import { expect, submitPassword, test } from './support/fixtures';

const ATTEMPTS_PER_MINUTE = SIGN_IN_LIMIT;

/** Sends the password form and returns the status of the page that answers. */
async function tryToSignIn(page: Page, email: string, password: string): Promise<number> {
	const answered = page.waitForResponse(
		(response) => response.request().method() === 'POST' && response.url().includes('/sign-in?/password')
	);
	await submitPassword(page, email, password);
	return (await answered).status();
}

test('after too many failed sign-ins, the sign-in form asks to wait a minute', async ({ page }) => {
	await page.goto('/sign-in');
	await expectNoA11yViolations(page);
	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });

	// Earlier journeys' sign-ins from this address may already count, so the limit can come sooner.
	const statuses: number[] = [];
	for (let attempt = 1; attempt <= ATTEMPTS_PER_MINUTE + 1; attempt++) {
		statuses.push(await tryToSignIn(page, demo.contributor, `wrong password number ${attempt}`));
		if (statuses.at(-1) === 429) break;
		await expect(summary).toContainText('The e-mail address or the password is not right.');
	}
	expect(statuses.at(-1), `answers to the attempts: ${statuses.join(', ')}`).toBe(429);
	expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);

	await expect(summary).toBeFocused();
	await expect(summary).toContainText('Too many attempts. Wait a minute, then try again.');
	await expectNoA11yViolations(page);

	// The limit is per client address: even another person's right password is refused now.
	expect(await tryToSignIn(page, demo.secretariat, DEMO_PASSWORD)).toBe(429);
	await expect(summary).toContainText('Too many attempts. Wait a minute, then try again.');
	await expect(page.getByText(/Signed in as/)).toHaveCount(0);

	// Claiming to be another address does not help: the server uses the connection's own address.
	const spoofed = await page.request.post('/api/auth/sign-in/email', {
		headers: { 'x-forwarded-for': '203.0.113.99', origin: new URL(page.url()).origin },
		data: { email: demo.secretariat, password: DEMO_PASSWORD }
	});
	expect(spoofed.status()).toBe(429);
});
