import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { attemptPasswordSignIn } from '$lib/server/sign-in-limits';
import { buildCity, buildPerson, signInOverHttp } from '../factories/builders';
import { createTestApp, driverUnderTest, TEST_PASSWORD } from '../factories/test-database';

describe(`failed sign-in limits on ${driverUnderTest}`, () => {
	let app: AppContext;
	beforeAll(async () => {
		app = await createTestApp({ signInAttemptsPerMinute: 3 });
	});
	afterAll(async () => app.close());

	/** A password sign-in as the sign-in form makes it, from `address`. */
	const signIn = (email: string, password: string, address: string, now?: Date) =>
		attemptPasswordSignIn(
			app.db,
			app.signInLimits,
			{ email, address },
			() => signInOverHttp(app, email, password, address),
			now
		).then((result) => (result.outcome === 'limited' ? `limited:${result.scope}` : result.outcome));

	it('lets thirty people sign in from one address within a minute: successes do not count', async () => {
		const city = await buildCity(app);
		const people = await Promise.all(
			Array.from({ length: 30 }, () => buildPerson(app, 'contributor', city.id))
		);
		const outcomes: string[] = [];
		for (const person of people) outcomes.push(await signIn(person.email, TEST_PASSWORD, '192.0.2.30'));
		expect(outcomes).toEqual(Array(30).fill('signed-in'));
		// Sixty password hashes: slow on a busy machine, and not what this test measures.
	}, 180_000);

	it('stops one address after its failures, for every account, until the minute has passed', async () => {
		const person = await buildPerson(app, 'secretariat');
		const outcomes: string[] = [];
		for (let attempt = 0; attempt < 3; attempt++) {
			outcomes.push(await signIn(`nobody${attempt}@example.org`, 'guess', '192.0.2.40'));
		}
		outcomes.push(await signIn(person.email, TEST_PASSWORD, '192.0.2.40'));
		expect(outcomes).toEqual(['refused', 'refused', 'refused', 'limited:address']);
		// Another address is not affected by someone else's failed attempts.
		expect(await signIn(person.email, TEST_PASSWORD, '192.0.2.41')).toBe('signed-in');
		const aMinuteLater = new Date(Date.now() + 61_000);
		expect(await signIn(person.email, TEST_PASSWORD, '192.0.2.40', aMinuteLater)).toBe('signed-in');
	});

	it('stops guessing one account from many addresses, and says so for that account only', async () => {
		const target = await buildPerson(app, 'secretariat');
		const colleague = await buildPerson(app, 'secretariat');
		const outcomes: string[] = [];
		for (let attempt = 0; attempt < 6; attempt++) {
			outcomes.push(await signIn(target.email.toUpperCase(), 'guess', `198.51.100.${attempt}`));
		}
		expect(outcomes).toEqual(['refused', 'refused', 'refused', 'refused', 'refused', 'limited:account']);
		// Even the right password waits, from a fresh address; a colleague is not affected.
		expect(await signIn(target.email, TEST_PASSWORD, '198.51.100.77')).toBe('limited:account');
		expect(await signIn(colleague.email, TEST_PASSWORD, '198.51.100.77')).toBe('signed-in');
		const later = new Date(Date.now() + 16 * 60_000);
		expect(await signIn(target.email, TEST_PASSWORD, '198.51.100.77', later)).toBe('signed-in');
	});
});
