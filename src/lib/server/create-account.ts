import { eq } from 'drizzle-orm';
import type { Locale } from '$lib/domain/locale';
import type { Auth } from './auth';
import type { Database } from './db';
import { user } from './db/schema';

export type AccountRole = 'secretariat' | 'coordinator' | 'contributor';

export interface NewAccount {
	email: string;
	name: string;
	password: string;
	role: AccountRole;
	cityId: number | null;
	/** The language the person chose the password in: their e-mails are written in it. */
	locale?: Locale | null;
}

/**
 * Creates a person with an e-mail and password credential through better-auth's own adapter, so the
 * password is hashed the way sign-in expects. Used by invitations and by the demo data.
 */
export async function createAccount(db: Database, auth: Auth, account: NewAccount): Promise<string> {
	const ctx = await auth.$context;
	const email = account.email.toLowerCase();
	const created = await ctx.internalAdapter.createUser(
		{ email, name: account.name, emailVerified: true },
		{ method: 'admin' }
	);
	await ctx.internalAdapter.linkAccount({
		userId: created.id,
		providerId: 'credential',
		accountId: created.id,
		password: await ctx.password.hash(account.password)
	});
	await db
		.update(user)
		.set({ role: account.role, cityId: account.cityId, locale: account.locale ?? null })
		.where(eq(user.id, created.id));
	return created.id;
}
