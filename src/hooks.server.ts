import { m } from '$lib/paraglide/messages.js';
import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { chooseLocale } from '$lib/domain/locale-path';
import { decideAccess } from '$lib/server/access-hook';
import { errorTitles } from '$lib/server/error-title';
import { speakTheReadersLanguage } from '$lib/server/i18n/reader-locale';
import { LOCALE_COOKIE } from '$lib/server/auth';
import { rememberFormOwner } from '$lib/server/form-owner';
import { refuseMalformedRequests } from '$lib/server/input-guard';
import { keepFormsOfEndedSessions } from '$lib/server/kept-forms-hook';
import { log } from '$lib/server/log';
import { measureRequests } from '$lib/server/metrics/measure-requests';
import { addVary, LANGUAGE_VARY } from '$lib/server/vary';
import { answerFromKeptPage, isOpenDataAddress, keptPagesOf } from '$lib/server/page-cache/kept-pages';
import { publicPageCache } from '$lib/server/page-cache/public-page-hook';
import { securityHeaders } from '$lib/server/security-headers';
import { signedInPerson } from '$lib/server/session-check';
import { appContext } from '$lib/server/start';

// Before any request: message functions read the language of the request they run in (see reader-locale.ts).
speakTheReadersLanguage();

export const init: ServerInit = async () => {
	// Kept public pages start now, so the embedded database is listened to before the first reader comes.
	keptPagesOf(await appContext());
	// server.js answers kept public pages before SvelteKit sees the request (see page-cache/kept-pages.ts).
	(globalThis as Record<symbol, unknown>)[Symbol.for('icm.answerFromKeptPage')] = answerFromKeptPage;
};

const withContext: Handle = async ({ event, resolve }) => {
	event.locals.app = await appContext();
	const { locale, fromAddress } = chooseLocale(
		event.url.pathname,
		event.cookies.get(LOCALE_COOKIE),
		event.request.headers.get('accept-language')
	);
	event.locals.locale = locale;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
	// The same address answers in another language to another browser or cookie: shared caches must know.
	// The open data API's JSON is the same in every language.
	if (!fromAddress && !isOpenDataAddress(event.url.pathname)) addVary(response.headers, LANGUAGE_VARY);
	return response;
};

/**
 * The better-auth endpoints people reach directly: the links in e-mails (sign-in link, password reset). Every
 * other endpoint (password sign-in, password change, session lists) is called only by the product's own form
 * actions, which add their checks first (failed sign-in limits, revoking other sessions).
 */
const PUBLIC_AUTH_ENDPOINTS = /^\/api\/auth\/(magic-link\/verify|reset-password\/[^/]+)$/;

/**
 * better-auth answers its own endpoints under /api/auth. Its rate limiting keys on X-Forwarded-For, which a
 * client can set to anything, so the header is replaced by the address the connection really comes from.
 */
const authEndpoints: Handle = async ({ event, resolve }) => {
	if (!event.url.pathname.startsWith('/api/auth/')) return resolve(event);
	if (event.request.method !== 'GET' || !PUBLIC_AUTH_ENDPOINTS.test(event.url.pathname)) {
		return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
	}
	const headers = new Headers(event.request.headers);
	headers.set('x-forwarded-for', event.getClientAddress());
	return event.locals.app.auth.handler(new Request(event.request, { headers }));
};

/** Who is signed in: the session cookie's signature and one read, better-auth's own call when that is not enough. */
const session: Handle = async ({ event, resolve }) => {
	event.locals.user = await signedInPerson(event.locals.app, event.request.headers);
	if (event.locals.user) rememberFormOwner(event.cookies, event.locals.app.secret, event.locals.user.id);
	return resolve(event);
};

const withSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of securityHeaders(event.locals.app.config.ORIGIN)) {
		response.headers.set(name, value);
	}
	// Pages of signed-in people must not be kept by shared caches.
	if (event.locals.user) response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

export const handle = sequence(
	measureRequests,
	withContext,
	withSecurityHeaders,
	refuseMalformedRequests,
	authEndpoints,
	// Before the session: a kept public page needs no session lookup (it is only served without a session cookie).
	publicPageCache,
	session,
	keepFormsOfEndedSessions,
	decideAccess,
	errorTitles
);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const id = randomUUID().slice(0, 8);
	if (status === 404)
		return { message: m.error_notFoundTitle({}, { locale: event.locals.locale ?? 'en' }), id };
	// A request SvelteKit itself refused (a malformed address, a body that is not a form): the client's
	// mistake, logged at warn without a stack; only real faults are errors.
	if (status >= 400 && status < 500) {
		log.warn({ id, status, path: event.url.pathname, reason: message }, 'request refused');
		return { message: m.input_badRequestTitle({}, { locale: event.locals.locale ?? 'en' }), id };
	}
	log.error({ err: error, id, path: event.url.pathname }, 'request failed');
	return { message: m.error_serverTitle({}, { locale: event.locals.locale ?? 'en' }), id };
};
