import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '$lib/server/app';
import { acceptInvitation } from '$lib/server/commands/accept-invitation';
import { invitePerson } from '$lib/server/commands/invite-person';
import { auditLog, invitations, outbox, user } from '$lib/server/db/schema';
import { buildCity, buildPerson, signInOverHttp } from '../factories/builders';
import { createTestApp, driverUnderTest, TEST_PASSWORD } from '../factories/test-database';

describe(`accounts on ${driverUnderTest}`, () => {
	let app: AppContext;
	beforeAll(async () => {
		app = await createTestApp();
	});
	afterAll(async () => app.close());

	it('signs a person in with the right password and sets an HttpOnly session cookie', async () => {
		const person = await buildPerson(app, 'secretariat');
		const response = await signInOverHttp(app, person.email, TEST_PASSWORD, '198.51.100.1');
		expect(response.status).toBe(200);
		const cookie = response.headers.getSetCookie().find((c) => c.startsWith('icm.session_token='));
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
	});

	it('refuses a wrong password and never stores the password in clear', async () => {
		const person = await buildPerson(app, 'coordinator', (await buildCity(app)).id);
		const response = await signInOverHttp(app, person.email, 'not-the-password', '198.51.100.2');
		expect(response.status).toBe(401);
		const stored = JSON.stringify(await app.db.select().from(user).where(eq(user.id, person.id)));
		expect(stored).not.toContain(TEST_PASSWORD);
	});

	describe('invitations', () => {
		const deps = () => ({
			db: app.db,
			mailer: app.mailer,
			origin: 'http://localhost:4173',
			locale: 'en' as const
		});

		it('mails a one-time link that creates an account with the invited role and city', async () => {
			const city = await buildCity(app, { name: 'Tampere' });
			const secretariat = await buildPerson(app, 'secretariat');
			const result = await invitePerson(deps(), secretariat.id, {
				email: 'Aino@Example.fi',
				name: 'Aino',
				role: 'contributor',
				cityId: city.id
			});
			expect(result.ok).toBe(true);

			const [mail] = await app.db.select().from(outbox).where(eq(outbox.to, 'aino@example.fi'));
			const token = mail?.text.match(/\/invitation\/([\w-]+)/)?.[1];
			expect(token).toBeTruthy();
			// Only a hash of the token is stored.
			const stored = JSON.stringify(await app.db.select().from(invitations));
			expect(stored).not.toContain(token);

			const accepted = await acceptInvitation({ db: app.db, auth: app.auth }, token!, {
				name: 'Aino Virtanen',
				password: 'a-long-enough-password',
				locale: 'es'
			});
			expect(accepted.ok).toBe(true);
			const [created] = await app.db.select().from(user).where(eq(user.email, 'aino@example.fi'));
			// The language she accepted in is hers from now on: her e-mails are written in it.
			expect(created).toMatchObject({
				name: 'Aino Virtanen',
				role: 'contributor',
				cityId: city.id,
				locale: 'es'
			});
			expect(
				(await signInOverHttp(app, 'aino@example.fi', 'a-long-enough-password', '198.51.100.9')).status
			).toBe(200);

			const again = await acceptInvitation({ db: app.db, auth: app.auth }, token!, {
				name: 'Someone else',
				password: 'another-long-password'
			});
			expect(again).toEqual({ ok: false, error: 'invalid' });

			const actions = (await app.db.select({ action: auditLog.action }).from(auditLog)).map(
				(row) => row.action
			);
			expect(actions).toEqual(expect.arrayContaining(['person.invited', 'invitation.accepted']));
		});

		it('refuses an expired invitation', async () => {
			const secretariat = await buildPerson(app, 'secretariat');
			await invitePerson(deps(), secretariat.id, {
				email: 'late@example.eu',
				name: 'Late',
				role: 'secretariat',
				cityId: null
			});
			const [mail] = await app.db.select().from(outbox).where(eq(outbox.to, 'late@example.eu'));
			const token = mail!.text.match(/\/invitation\/([\w-]+)/)![1]!;
			await app.db
				.update(invitations)
				.set({ expiresAt: new Date(Date.now() - 1000) })
				.where(eq(invitations.email, 'late@example.eu'));
			const result = await acceptInvitation({ db: app.db, auth: app.auth }, token, {
				name: 'Late',
				password: 'a-long-enough-password'
			});
			expect(result).toEqual({ ok: false, error: 'invalid' });
		});

		it('does not invite an address that already has an account', async () => {
			const secretariat = await buildPerson(app, 'secretariat');
			const existing = await buildPerson(app, 'secretariat');
			const result = await invitePerson(deps(), secretariat.id, {
				email: existing.email.toUpperCase(),
				name: 'Twice',
				role: 'secretariat',
				cityId: null
			});
			expect(result).toEqual({ ok: false, error: 'already_user' });
		});
	});
});
