import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaOf, entryOf } from '$lib/domain/access-areas';
import { parseProgressFilter } from '$lib/domain/progress/filters';
import type { AppContext } from '$lib/server/app';
import { openDatabase } from '$lib/server/db';
import { cycleProgress } from '$lib/server/reads/cycle-progress';
import { session, user } from '$lib/server/db/schema';
import { checkSession, signedInPerson } from '$lib/server/session-check';
import { buildCity, buildCycle, buildPerson, signInOverHttp } from '../factories/builders';
import { createTestApp, driverUnderTest, TEST_PASSWORD } from '../factories/test-database';

const ORIGIN = 'http://localhost:4173';
const DAY = 24 * 60 * 60 * 1000;

/** A browser that signed in: the Cookie header it sends from now on, and its session's token. */
interface Browser {
	cookie: string;
	token: string;
}

describe(`who is signed in, on ${driverUnderTest}`, () => {
	let app: AppContext;
	let address = 0;
	beforeAll(async () => {
		app = await createTestApp();
	});
	afterAll(async () => app.close());

	async function signIn(email: string, password = TEST_PASSWORD): Promise<Browser> {
		// A new address each time: the sign-in limit is not what these tests are about.
		const response = await signInOverHttp(app, email, password, `198.51.100.${++address}`);
		expect(response.status).toBe(200);
		return browserFrom(response);
	}

	function browserFrom(response: Response): Browser {
		const set = response.headers.getSetCookie().find((c) => c.startsWith('icm.session_token='));
		const cookie = set!.split(';')[0]!;
		const token = decodeURIComponent(cookie.slice('icm.session_token='.length)).split('.')[0]!;
		return { cookie, token };
	}

	const headers = (cookie: string) => new Headers({ cookie });

	/** What better-auth's own check says of the same request: the reference this check must agree with. */
	async function betterAuthSays(cookie: string) {
		const found = await app.auth.api.getSession({ headers: headers(cookie) });
		return found ? { id: found.user.id, role: found.user.role ?? null } : null;
	}

	const postAuth = (path: string, cookie: string, body: unknown) =>
		app.auth.handler(
			new Request(`${ORIGIN}/api/auth${path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: ORIGIN, cookie },
				body: JSON.stringify(body)
			})
		);

	const sessionRow = async (token: string) =>
		(await app.db.select().from(session).where(eq(session.token, token)))[0];

	it('knows a signed-in person from the cookie and one read, without better-auth’s call', async () => {
		const city = await buildCity(app);
		const person = await buildPerson(app, 'coordinator', city.id);
		const [stored] = await app.db.select().from(user).where(eq(user.id, person.id));
		const browser = await signIn(person.email);
		const decision = await checkSession(app, headers(`ic_locale=fr; ${browser.cookie}`));
		expect(decision).toEqual({
			by: 'row',
			user: { id: person.id, name: stored!.name, email: person.email, role: 'coordinator', cityId: city.id }
		});
	});

	it('knows nobody without a session cookie', async () => {
		expect(await checkSession(app, new Headers())).toEqual({ user: null, by: 'no-cookie' });
		expect(await checkSession(app, headers('ic_locale=de'))).toEqual({ user: null, by: 'no-cookie' });
	});

	it('lets nothing through once the person signed out', async () => {
		const person = await buildPerson(app, 'secretariat');
		const browser = await signIn(person.email);
		expect((await postAuth('/sign-out', browser.cookie, {})).status).toBe(200);
		expect(await signedInPerson(app, headers(browser.cookie))).toBeNull();
		expect(await betterAuthSays(browser.cookie)).toBeNull();
	});

	it('signs a person out everywhere else when they choose a new password', async () => {
		const person = await buildPerson(app, 'secretariat');
		const laptop = await signIn(person.email);
		const phone = await signIn(person.email);
		expect((await signedInPerson(app, headers(phone.cookie)))?.id).toBe(person.id);
		const changed = await postAuth('/change-password', laptop.cookie, {
			currentPassword: TEST_PASSWORD,
			newPassword: 'a-new-long-enough-password',
			revokeOtherSessions: true
		});
		expect(changed.status).toBe(200);
		expect(await signedInPerson(app, headers(phone.cookie))).toBeNull();
		expect(await signedInPerson(app, headers(laptop.cookie))).toBeNull();
		// The browser that changed it got a new session, which works.
		expect((await signedInPerson(app, headers(browserFrom(changed).cookie)))?.id).toBe(person.id);
	});

	it('lets nothing through for a session revoked or deleted by an operator', async () => {
		const person = await buildPerson(app, 'secretariat');
		const kept = await signIn(person.email);
		const revoked = await signIn(person.email);
		expect((await postAuth('/revoke-session', kept.cookie, { token: revoked.token })).status).toBe(200);
		expect(await signedInPerson(app, headers(revoked.cookie))).toBeNull();
		await app.db.delete(session).where(eq(session.userId, person.id));
		expect(await signedInPerson(app, headers(kept.cookie))).toBeNull();
	});

	it('lets nothing through for a session past its end, and better-auth removes it', async () => {
		const person = await buildPerson(app, 'secretariat');
		const browser = await signIn(person.email);
		await app.db
			.update(session)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(session.token, browser.token));
		expect(await checkSession(app, headers(browser.cookie))).toEqual({ user: null, by: 'better-auth' });
		expect(await sessionRow(browser.token)).toBeUndefined();
	});

	it('keeps a session due for its daily refresh signed in and moves its end a week on', async () => {
		const person = await buildPerson(app, 'secretariat');
		const browser = await signIn(person.email);
		// Last refreshed a day and a minute ago: six days less a minute left.
		const dueAt = new Date(Date.now() + 6 * DAY - 60_000);
		await app.db.update(session).set({ expiresAt: dueAt }).where(eq(session.token, browser.token));
		const decision = await checkSession(app, headers(browser.cookie));
		expect(decision).toMatchObject({ by: 'better-auth', user: { id: person.id } });
		const refreshed = await sessionRow(browser.token);
		expect(refreshed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 7 * DAY - 60_000);
		// Refreshed, the next request is decided by the cookie and the read again.
		expect((await checkSession(app, headers(browser.cookie))).by).toBe('row');
	});

	it('lets nothing through for a person removed, and sees a changed role at the next request', async () => {
		const city = await buildCity(app);
		const removed = await buildPerson(app, 'secretariat');
		const demoted = await buildPerson(app, 'secretariat');
		const moved = await buildPerson(app, 'coordinator', city.id);
		const [removedBrowser, demotedBrowser, movedBrowser] = await Promise.all(
			[removed, demoted, moved].map((person) => signIn(person.email))
		);
		expect(entryOf(areaOf('/admin/cycles'), await signedInPerson(app, headers(demotedBrowser!.cookie)))).toBe(
			'enter'
		);

		await app.db.delete(user).where(eq(user.id, removed.id));
		await app.db.update(user).set({ role: null }).where(eq(user.id, demoted.id));
		await app.db.update(user).set({ cityId: null }).where(eq(user.id, moved.id));

		expect(await signedInPerson(app, headers(removedBrowser!.cookie))).toBeNull();
		const demotedNow = await signedInPerson(app, headers(demotedBrowser!.cookie));
		expect(demotedNow).toMatchObject({ id: demoted.id, role: null });
		expect(entryOf(areaOf('/admin/cycles'), demotedNow)).toBe('forbidden');
		expect(await signedInPerson(app, headers(movedBrowser!.cookie))).toMatchObject({ cityId: null });
		expect(await betterAuthSays(demotedBrowser!.cookie)).toEqual({ id: demoted.id, role: null });
	});

	it('lets nothing through for a real session’s token without our signature', async () => {
		const person = await buildPerson(app, 'secretariat');
		const { token, cookie } = await signIn(person.email);
		const hmac = (secret: string, value: string) =>
			createHmac('sha256', secret).update(value).digest('base64');
		const sent = (value: string, signature: string) =>
			`icm.session_token=${encodeURIComponent(`${value}.${signature}`)}`;
		const forged = [
			`icm.session_token=${token}`,
			`icm.session_token=${token}.`,
			sent(token, hmac('another-secret-of-at-least-32-characters', token)),
			// The signature of another value (the token with a character more).
			sent(token, hmac(app.secret, `${token}x`)),
			// The right signature in base64url instead of base64: not what better-call writes.
			`icm.session_token=${token}.${createHmac('sha256', app.secret).update(token).digest('base64url')}`,
			// Under another name (the Secure variant is for HTTPS servers only).
			cookie.replace('icm.session_token', '__Secure-icm.session_token')
		];
		for (const header of forged) {
			expect(await signedInPerson(app, headers(header)), header).toBeNull();
			expect(await betterAuthSays(header), header).toBeNull();
		}
		// The same token signed with the application's secret is the person: what the tests above refuse is the
		// signature, nothing else.
		expect((await signedInPerson(app, headers(sent(token, hmac(app.secret, token)))))?.id).toBe(person.id);
	});

	it('agrees with better-auth on any cookie made from a real one (generated)', async () => {
		const person = await buildPerson(app, 'contributor', (await buildCity(app)).id);
		const { cookie } = await signIn(person.email);
		const value = cookie.slice('icm.session_token='.length);
		const mutated = fc.oneof(
			// One character changed, removed or added anywhere in the value.
			fc
				.tuple(fc.nat({ max: value.length - 1 }), fc.constantFrom(...'aA0.%=-_+/ "'))
				.map(([at, char]) => value.slice(0, at) + char + value.slice(at + 1)),
			fc.nat({ max: value.length - 1 }).map((at) => value.slice(0, at) + value.slice(at + 1)),
			fc.string().map((extra) => value + extra),
			// Ways of writing the same value: quoted, percent-encoded differently.
			fc.constantFrom(`"${value}"`, decodeURIComponent(value), value.replace(/%3D/g, '%3d'), value),
			fc.string()
		);
		const header = fc
			.tuple(
				mutated,
				fc.constantFrom('icm.session_token', ' icm.session_token', 'icm.session_tokenx', 'ICM.session_token'),
				fc.constantFrom('', 'ic_locale=fr; ', `icm.session_token=${value}; `, 'icm.session_token=x; '),
				fc.constantFrom('', '; icm.dont_remember=x', `; icm.session_token=${value}`, '; icm.session_data=y')
			)
			.map(([mutatedValue, name, before, after]) => `${before}${name}=${mutatedValue}${after}`);
		await fc.assert(
			fc.asyncProperty(header, async (sent) => {
				const ours = await signedInPerson(app, headers(sent));
				expect(ours ? { id: ours.id, role: ours.role } : null).toEqual(await betterAuthSays(sent));
			}),
			{ numRuns: 150 }
		);
	});
});

// The server's embedded database (a worker serving every pool connection through one socket and one backend),
// not the in-memory one of the tests above: its statements must not clash when requests arrive together.
describe.skipIf(process.env.TEST_DB === 'postgres')(
	'who is signed in, on the server’s embedded database',
	() => {
		const folder = mkdtempSync(path.join(tmpdir(), 'icm-pglite-'));
		let app: AppContext;
		beforeAll(async () => {
			app = await createTestApp({ database: openDatabase({ dataDir: folder }) });
		});
		afterAll(async () => {
			await app.close();
			rmSync(folder, { recursive: true, force: true });
		});

		it('knows each of many people signed in at once, and the progress page reads alongside', async () => {
			const people = await Promise.all(Array.from({ length: 6 }, () => buildPerson(app, 'secretariat')));
			const cookies = await Promise.all(
				people.map(async (person, index) => {
					const response = await signInOverHttp(app, person.email, TEST_PASSWORD, `192.0.2.${index + 1}`);
					return response.headers
						.getSetCookie()
						.find((c) => c.startsWith('icm.session_token='))!
						.split(';')[0]!;
				})
			);
			const cycle = await buildCycle(app, { status: 'open' });
			for (let round = 0; round < 3; round++) {
				const [found, progress] = await Promise.all([
					Promise.all(cookies.map((cookie) => checkSession(app, new Headers({ cookie })))),
					Promise.all(
						cookies.map(() => cycleProgress(app.db, cycle.slug, parseProgressFilter(new URLSearchParams())))
					)
				]);
				expect(found.map((decision) => [decision.by, decision.user?.id])).toEqual(
					people.map((person) => ['row', person.id])
				);
				expect(progress.every((read) => read?.cycle.id === cycle.id)).toBe(true);
			}
		});
	}
);
