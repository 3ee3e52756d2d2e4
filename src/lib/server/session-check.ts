import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { BetterAuthOptions } from 'better-auth';
import type { Auth } from './auth';
import type { Database } from './db';
import { preparedOnce, UNNAMED_STATEMENT } from './db/prepared';
import { session, user } from './db/schema';

/**
 * Who sent a request, checked on every request and as strictly as better-auth's `getSession`, for less.
 *
 * better-auth's call goes through its endpoint machinery (input validation, context, two reads through its
 * adapter) and costs several times one query. Most requests carry a session that is valid and was refreshed
 * less than a day ago, and those are decided here: the session cookie's HMAC (better-call's signed cookie:
 * `<token>.<base64 HMAC-SHA256 of the token with the secret>`) and one indexed read of the session and its
 * person. Nothing is kept between requests, so a sign-out, a password change, a removed person or role seen
 * by the database is seen by the next request, on every app server.
 *
 * Every other case is left to better-auth, which then behaves exactly as it always did: no row is a refusal
 * (better-auth finds nothing either), while a signature that is not the one expected, a session past its end
 * (better-auth deletes it) and one due for its daily refresh (`updateAge`: better-auth moves its end) are
 * handed to `getSession`. So this can only ever accept what better-auth would accept.
 */
export async function signedInPerson(
	app: { auth: Auth; db: Database },
	headers: Headers
): Promise<SignedInUser | null> {
	return (await checkSession(app, headers)).user;
}

/** How the request was decided: `row` is the cookie's signature and one read; `better-auth` its own call. */
export type SessionDecision = { user: SignedInUser | null; by: 'no-cookie' | 'row' | 'better-auth' };

export async function checkSession(
	app: { auth: Auth; db: Database },
	headers: Headers
): Promise<SessionDecision> {
	const settings = await settingsOf(app.auth);
	const value = settings.checksHere ? cookieValue(headers.get('cookie'), settings.cookieName) : null;
	if (settings.checksHere && !value) return { user: null, by: 'no-cookie' };
	const token = value ? signedToken(value, settings.secret) : null;
	if (token) {
		const [row] = await sessionRead(app.db).execute({ token });
		// No such session: better-auth finds none either and answers nobody.
		if (!row) return { user: null, by: 'row' };
		const now = Date.now();
		const ends = row.expiresAt.getTime();
		const refreshFrom = ends - settings.expiresInMs + settings.updateAgeMs;
		if (ends > now && refreshFrom > now) {
			const { id, name, email, role, cityId } = row;
			return { user: { id, name, email, role: role ?? null, cityId: cityId ?? null }, by: 'row' };
		}
	}
	const found = await app.auth.api.getSession({ headers });
	return { user: found ? personOf(found.user) : null, by: 'better-auth' };
}

/** The session and its person by the token (unique index). */
const sessionRead = (db: Database) => preparedOnce(db, 'signed_in_person', () => prepareSessionRead(db));

const prepareSessionRead = (db: Database) =>
	db
		.select({
			expiresAt: session.expiresAt,
			id: user.id,
			name: user.name,
			email: user.email,
			role: user.role,
			cityId: user.cityId
		})
		.from(session)
		.innerJoin(user, eq(user.id, session.userId))
		.where(eq(session.token, sql.placeholder('token')))
		.limit(1)
		.prepare(UNNAMED_STATEMENT);

function personOf(found: {
	id: string;
	name: string;
	email: string;
	role?: string | null;
	cityId?: number | null;
}): SignedInUser {
	return {
		id: found.id,
		name: found.name,
		email: found.email,
		role: (found.role as SignedInUser['role']) ?? null,
		cityId: found.cityId ?? null
	};
}

interface CheckSettings {
	/** False when better-auth is set up in a way this check does not mirror (a cookie cache, another store). */
	checksHere: boolean;
	cookieName: string;
	secret: string;
	expiresInMs: number;
	updateAgeMs: number;
}

const settingsByAuth = new WeakMap<Auth, Promise<CheckSettings>>();

/** better-auth's own resolved settings (the cookie's name with its prefix, the secret it signs with). */
function settingsOf(auth: Auth): Promise<CheckSettings> {
	let settings = settingsByAuth.get(auth);
	if (!settings) {
		settings = auth.$context.then((context) => ({
			checksHere:
				(context.options as BetterAuthOptions).session?.cookieCache?.enabled !== true &&
				!(context.options as BetterAuthOptions).secondaryStorage &&
				typeof context.secret === 'string',
			cookieName: context.authCookies.sessionToken.name,
			secret: context.secret,
			expiresInMs: context.sessionConfig.expiresIn * 1000,
			updateAgeMs: context.sessionConfig.updateAge * 1000
		}));
		settingsByAuth.set(auth, settings);
	}
	return settings;
}

/**
 * The value of the first cookie of that name, as better-call reads a Cookie header: pairs split at `;`,
 * trimmed, quotes removed, percent-decoded.
 */
export function cookieValue(header: string | null, name: string): string | null {
	if (!header) return null;
	for (const pair of header.split(';')) {
		const equals = pair.indexOf('=');
		if (equals === -1 || pair.slice(0, equals).trim() !== name) continue;
		let value = pair.slice(equals + 1).trim();
		if (value.codePointAt(0) === 34) value = value.slice(1, -1);
		try {
			return value.includes('%') ? decodeURIComponent(value) : value;
		} catch {
			return value;
		}
	}
	return null;
}

/**
 * The session token when the value carries the signature better-call writes, else null. Only the exact
 * base64 text of the HMAC is taken here; anything else goes to better-auth's own check.
 */
export function signedToken(value: string, secret: string): string | null {
	const dot = value.lastIndexOf('.');
	if (dot < 1) return null;
	const token = value.slice(0, dot);
	const given = Buffer.from(value.slice(dot + 1));
	const expected = Buffer.from(createHmac('sha256', secret).update(token).digest('base64'));
	return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
