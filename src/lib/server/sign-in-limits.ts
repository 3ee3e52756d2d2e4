import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from './db';
import { signInFailures } from './db/schema';

/**
 * How many failed password sign-ins are allowed before further attempts are refused for a while. Only failures
 * count: thirty officers in one training room behind one address must all be able to sign in within a minute,
 * while someone guessing passwords is stopped both per address (spraying many accounts) and per account
 * (guessing one account from many addresses).
 */
export interface SignInLimits {
	/** Failed attempts from one client address within `addressWindowMs`. */
	perAddress: number;
	addressWindowMs: number;
	/** Failed attempts on one account (e-mail address) within `accountWindowMs`, from anywhere. */
	perAccount: number;
	accountWindowMs: number;
}

export function signInLimits(failuresPerMinuteAndAddress: number): SignInLimits {
	return {
		perAddress: failuresPerMinuteAndAddress,
		addressWindowMs: 60_000,
		// Someone who forgot their password gets five tries, then a quarter of an hour or an e-mail link.
		perAccount: 5,
		accountWindowMs: 15 * 60_000
	};
}

export interface SignInAttempt {
	email: string;
	address: string;
}

export type SignInOutcome =
	| { outcome: 'signed-in'; response: Response }
	| { outcome: 'refused' }
	| { outcome: 'limited'; scope: 'address' | 'account' };

const addressKey = (address: string) => `address:${address}`;
const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

/**
 * Signs a person in with `send` (the call to better-auth's password endpoint) unless their address or account
 * has used up its failed attempts; a refused password counts against both.
 */
export async function attemptPasswordSignIn(
	db: Database,
	limits: SignInLimits,
	attempt: SignInAttempt,
	send: () => Promise<Response>,
	now = new Date()
): Promise<SignInOutcome> {
	const blocked = await blockedScope(db, limits, attempt, now);
	if (blocked) return { outcome: 'limited', scope: blocked };
	const response = await send();
	if (response.ok) return { outcome: 'signed-in', response };
	await response.body?.cancel();
	await recordFailure(db, addressKey(attempt.address), limits.addressWindowMs, now);
	await recordFailure(db, accountKey(attempt.email), limits.accountWindowMs, now);
	return { outcome: 'refused' };
}

async function blockedScope(
	db: Database,
	limits: SignInLimits,
	attempt: SignInAttempt,
	now: Date
): Promise<'address' | 'account' | null> {
	if (await reached(db, addressKey(attempt.address), limits.perAddress, limits.addressWindowMs, now)) {
		return 'address';
	}
	if (await reached(db, accountKey(attempt.email), limits.perAccount, limits.accountWindowMs, now)) {
		return 'account';
	}
	return null;
}

async function reached(db: Database, key: string, max: number, windowMs: number, now: Date) {
	const since = new Date(now.getTime() - windowMs);
	const [row] = await db
		.select({ failures: signInFailures.failures })
		.from(signInFailures)
		.where(and(eq(signInFailures.key, key), gte(signInFailures.windowStartedAt, since)));
	return (row?.failures ?? 0) >= max;
}

/** One more failure in the key's window, or the first of a new window when the old one has passed. */
async function recordFailure(db: Database, key: string, windowMs: number, now: Date) {
	const since = new Date(now.getTime() - windowMs);
	// Windows that have passed say nothing any more; the table holds only the last quarter-hour's failures.
	await db.delete(signInFailures).where(lt(signInFailures.windowStartedAt, since));
	const expired = sql`${signInFailures.windowStartedAt} < ${since.toISOString()}::timestamptz`;
	await db
		.insert(signInFailures)
		.values({ key, failures: 1, windowStartedAt: now })
		.onConflictDoUpdate({
			target: signInFailures.key,
			set: {
				failures: sql`case when ${expired} then 1 else ${signInFailures.failures} + 1 end`,
				windowStartedAt: sql`case when ${expired} then ${now.toISOString()}::timestamptz else ${signInFailures.windowStartedAt} end`
			}
		});
}
