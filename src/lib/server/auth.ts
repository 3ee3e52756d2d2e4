import { m } from '$lib/paraglide/messages.js';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { magicLink } from 'better-auth/plugins';
import { eq } from 'drizzle-orm';
import { isLocale, localeFromAcceptLanguage, type Locale } from '$lib/domain/locale';
import type { Database } from './db';
import * as schema from './db/schema';
import type { Mailer } from './mail';

export const LOCALE_COOKIE = 'ic_locale';
export { MIN_PASSWORD_LENGTH } from '$lib/domain/account-forms';
import { MIN_PASSWORD_LENGTH } from '$lib/domain/account-forms';

export interface AuthOptions {
	db: Database;
	mailer: Mailer;
	secret: string;
	/** Public origin, e.g. https://monitor.example.eu; when absent, better-auth takes it from each request. */
	baseURL?: string;
	/** Requests allowed per minute on the e-mail link and password reset endpoints, per client address. */
	signInAttemptsPerMinute?: number;
}

/** The language of an e-mail sent during a request: the reader's chosen language, else their browser's. */
export function localeOfRequest(request: Request | undefined): Locale {
	const cookie = request?.headers.get('cookie') ?? '';
	const chosen = cookie.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=(\\w+)`))?.[1];
	if (isLocale(chosen)) return chosen;
	return localeFromAcceptLanguage(request?.headers.get('accept-language'));
}

export function createAuth(options: AuthOptions) {
	const { db, mailer } = options;
	const attempts = options.signInAttemptsPerMinute ?? 10;
	return betterAuth({
		appName: 'Integrating Cities Monitor',
		logger: { disabled: process.env.LOG_LEVEL === 'silent' },
		secret: options.secret,
		baseURL: options.baseURL,
		trustedOrigins: options.baseURL ? [options.baseURL] : undefined,
		database: drizzleAdapter(db, {
			provider: 'pg',
			schema: {
				user: schema.user,
				session: schema.session,
				account: schema.account,
				verification: schema.verification,
				rateLimit: schema.rateLimit
			}
		}),
		user: {
			additionalFields: {
				role: { type: 'string', required: false, input: false },
				cityId: { type: 'number', required: false, input: false },
				locale: { type: 'string', required: false, input: false }
			}
		},
		session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
		emailAndPassword: {
			enabled: true,
			// People join by invitation from the secretariat only.
			disableSignUp: true,
			minPasswordLength: MIN_PASSWORD_LENGTH,
			resetPasswordTokenExpiresIn: 60 * 60,
			revokeSessionsOnPasswordReset: true,
			async sendResetPassword({ user, url }, request) {
				await mailer.send({
					to: user.email,
					subject: m.mail_resetSubject({}, { locale: localeOfRequest(request) }),
					text: m.mail_resetBody({ url }, { locale: localeOfRequest(request) })
				});
			}
		},
		rateLimit: {
			enabled: true,
			storage: 'database',
			window: 60,
			max: 100,
			customRules: {
				// Password sign-ins are limited by sign-in-limits.ts, which counts only failures, per address and
				// per account; the endpoint itself is reachable only from the sign-in form (hooks.server.ts).
				'/sign-in/email': false,
				'/sign-in/magic-link': { window: 60, max: attempts },
				'/request-password-reset': { window: 60, max: attempts }
			}
		},
		advanced: {
			useSecureCookies: options.baseURL?.startsWith('https://') ?? false,
			cookiePrefix: 'icm',
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' }
		},
		plugins: [
			magicLink({
				expiresIn: 10 * 60,
				disableSignUp: true,
				async sendMagicLink({ email, url }, ctx) {
					// No link for unknown addresses, and the page says the same either way (no account probing).
					const [known] = await db
						.select({ id: schema.user.id })
						.from(schema.user)
						.where(eq(schema.user.email, email.toLowerCase()));
					if (!known) return;
					await mailer.send({
						to: email,
						subject: m.mail_linkSubject({}, { locale: localeOfRequest(ctx?.request) }),
						text: m.mail_linkBody({ url }, { locale: localeOfRequest(ctx?.request) })
					});
				}
			})
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;
