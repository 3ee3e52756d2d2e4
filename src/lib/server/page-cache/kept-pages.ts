import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLocale, localeFromAcceptLanguage, type Locale } from '$lib/domain/locale';
import { addressLocale } from '$lib/domain/locale-path';
import type { AppContext } from '../app';
import { LOCALE_COOKIE } from '../auth';
import { LANGUAGE_VARY } from '../vary';
import { dataVersionSource, type DataVersionSource } from './data-version';
import { PageStore, type KeptPage } from './page-store';

/**
 * better-auth's cookies (prefix `icm`, decision 2), with or without the `__Secure-` prefix it adds over https.
 * A browser that carries one may be signed in, so it never gets, and never fills, a kept page.
 */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?icm\./;
const CHOSEN_LOCALE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`, 'g');

/** Browsers may keep a public page but ask each time whether it is still current (ETag, 304). */
const CACHE_CONTROL = 'no-cache';
/** The language comes from the `ic_locale` cookie or Accept-Language; signed-in pages depend on the cookie. */
const VARY = LANGUAGE_VARY.join(', ');

/** The rendered public pages of this process and how it learns that public data changed. */
export interface KeptPages {
	store: PageStore;
	version: DataVersionSource;
}

const byApp = new WeakMap<AppContext, KeptPages>();
/** The server process's own kept pages, for the listener in server.js that runs before SvelteKit. */
let processPages: KeptPages | undefined;

export function keptPagesOf(app: AppContext): KeptPages {
	let pages = byApp.get(app);
	if (!pages) {
		pages = {
			store: new PageStore(app.config.PAGE_CACHE_MB * 1024 * 1024),
			version: dataVersionSource(app.db, app.driver)
		};
		byApp.set(app, pages);
		processPages = pages;
	}
	return pages;
}

/** Whether a request may get (or fill) a kept page at all: GET or HEAD, and no session cookie. */
export function mayUseKeptPage(method: string, cookie: string): boolean {
	return (method === 'GET' || method === 'HEAD') && !SESSION_COOKIE.test(cookie);
}

/** The open data API's addresses: JSON of published data, the same in every language. */
export function isOpenDataAddress(path: string): boolean {
	return path.startsWith('/api/v1/');
}

/** A page is kept per language; an answer of the open data API once for all languages. */
export function keptPageKey(locale: Locale | null, pathAndQuery: string): string {
	return isOpenDataAddress(pathAndQuery) ? `api ${pathAndQuery}` : `${locale} ${pathAndQuery}`;
}

/**
 * The reader's language read from the raw request as the `handle` hook reads it (the address's prefix, then
 * the cookie, then Accept-Language); null when the cookie is there but not plainly one language, so the
 * page is rendered.
 */
export function localeOfRequest(
	pathAndQuery: string,
	cookie: string,
	acceptLanguage: string | undefined
): Locale | null {
	const named = addressLocale(pathAndQuery.split(/[?#]/, 1)[0] ?? '');
	if (named) return named;
	const chosen = [...cookie.matchAll(CHOSEN_LOCALE)].map((match) => match[1]?.trim());
	if (chosen.length > 1) return null;
	if (chosen.length === 1) return isLocale(chosen[0]) ? chosen[0] : null;
	return localeFromAcceptLanguage(acceptLanguage);
}

/** Whether an If-None-Match header names this entity tag (a list, weak tags and `*` included). */
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean {
	if (!ifNoneMatch) return false;
	return ifNoneMatch.split(',').some((tag) => {
		const trimmed = tag.trim();
		return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
	});
}

export function entityTag(body: Uint8Array): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Headers of the answer with a kept page (or 304), besides those kept with it. */
export function revalidationHeaders(page: KeptPage): Record<string, string> {
	if (!page.caching) return { etag: page.etag, 'cache-control': CACHE_CONTROL, vary: VARY };
	const { cacheControl, vary } = page.caching;
	return { etag: page.etag, 'cache-control': cacheControl, ...(vary ? { vary } : {}) };
}

/**
 * Answers a request straight from Node's http server when its page is kept and current: no SvelteKit, no
 * session lookup, no rendering. server.js calls it before handing the request to the application; false
 * (or a promise of false) means it did not answer and the application must.
 */
export function answerFromKeptPage(
	request: IncomingMessage,
	response: ServerResponse
): boolean | Promise<boolean> {
	const pages = processPages;
	if (!pages || pages.store.maxBytes === 0 || !request.url) return false;
	const cookie = request.headers.cookie ?? '';
	if (!mayUseKeptPage(request.method ?? '', cookie)) return false;
	const openData = isOpenDataAddress(request.url);
	const locale = openData ? null : localeOfRequest(request.url, cookie, request.headers['accept-language']);
	if (!openData && !locale) return false;
	const key = keptPageKey(locale, request.url);
	const send = (version: number | null): boolean => {
		const page = version === null ? undefined : pages.store.get(key, version);
		if (!page) return false;
		const headers: Record<string, string> = Object.fromEntries(page.headers);
		Object.assign(headers, revalidationHeaders(page));
		if (matchesEtag(request.headers['if-none-match'], page.etag)) {
			response.writeHead(304, revalidationHeaders(page));
			response.end();
			return true;
		}
		headers['content-length'] = String(page.body.byteLength);
		response.writeHead(200, headers);
		response.end(page.body);
		return true;
	};
	const version = pages.version.current();
	return typeof version === 'object' && version !== null ? version.then(send, () => false) : send(version);
}
