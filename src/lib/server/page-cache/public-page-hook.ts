import type { Handle, RequestEvent } from '@sveltejs/kit';
import {
	entityTag,
	keptPageKey,
	keptPagesOf,
	matchesEtag,
	mayUseKeptPage,
	revalidationHeaders
} from './kept-pages';
import { addressLocale } from '$lib/domain/locale-path';
import type { KeptPage } from './page-store';

/**
 * The public reading pages, by SvelteKit route id: what they show depends only on the public data (see the
 * triggers of migration 0010), the address and the reader's language, never on who asks or when.
 */
export const PUBLIC_READING_ROUTES: ReadonlySet<string> = new Set([
	'/',
	'/charter',
	'/cities',
	'/cities/[slug]',
	'/practices',
	'/practices/[slug]',
	'/reports',
	'/reports/[cycle]',
	'/data'
]);

/**
 * The open data API's GET answers: published data only (the public module), the same for anyone who asks,
 * whatever their language. Kept like the pages, with the API's own caching headers.
 */
export const OPEN_DATA_ROUTES: ReadonlySet<string> = new Set([
	'/api/v1/openapi.json',
	'/api/v1/cities',
	'/api/v1/cities/[slug]',
	'/api/v1/cycles',
	'/api/v1/cycles/[slug]',
	'/api/v1/cycles/[slug]/indicators',
	'/api/v1/cycles/[slug]/results',
	'/api/v1/practices',
	'/api/v1/practices/[slug]'
]);

/** Headers of one answer, not of the page. */
const NOT_KEPT = new Set(['set-cookie', 'date', 'etag', 'content-length', 'cache-control', 'vary']);

/** The key a request's page is kept under, or null when the request must be rendered for itself. */
function keyOf(event: RequestEvent): string | null {
	const route = event.route.id;
	if (event.isDataRequest || !route) return null;
	if (!PUBLIC_READING_ROUTES.has(route) && !OPEN_DATA_ROUTES.has(route)) return null;
	if (!mayUseKeptPage(event.request.method, event.request.headers.get('cookie') ?? '')) return null;
	return keptPageKey(event.locals.locale, event.url.pathname + event.url.search);
}

function answer(page: KeptPage, request: Request): Response {
	if (matchesEtag(request.headers.get('if-none-match'), page.etag)) {
		return new Response(null, { status: 304, headers: revalidationHeaders(page) });
	}
	const headers = new Headers(page.headers);
	for (const [name, value] of Object.entries(revalidationHeaders(page))) headers.set(name, value);
	// With its length known, the page goes out in one piece instead of chunks.
	headers.set('content-length', String(page.body.byteLength));
	return new Response(page.body, { status: 200, headers });
}

/** Keeps a freshly rendered page when it is one every anonymous reader of this key would get. */
async function keep(response: Response, version: number, event: RequestEvent): Promise<KeptPage | null> {
	if (response.status !== 200 || event.locals.user) return null;
	if (response.headers.has('set-cookie')) return null;
	const type = response.headers.get('content-type') ?? '';
	const openData = OPEN_DATA_ROUTES.has(event.route.id ?? '');
	if (!type.startsWith(openData ? 'application/json' : 'text/html')) return null;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers].filter(([name]) => !NOT_KEPT.has(name));
	// A page whose address names its language (`/fr/charter`) is the same for every anonymous reader: it
	// varies on nothing. Other pages vary on the language the browser or cookie chose (kept-pages.ts).
	const caching = openData
		? {
				cacheControl: response.headers.get('cache-control') ?? 'no-cache',
				vary: response.headers.get('vary')
			}
		: addressLocale(event.url.pathname)
			? { cacheControl: 'no-cache', vary: null }
			: undefined;
	return { version, etag: entityTag(body), ...(caching ? { caching } : {}), headers, body };
}

/**
 * Serves anonymous GETs of the public reading pages from their rendered HTML, kept per address, language
 * and data version, and keeps each one it renders; anything else is rendered as usual. Sits before the
 * session hook. In the built server, server.js answers kept pages even before SvelteKit (kept-pages.ts).
 */
export const publicPageCache: Handle = async ({ event, resolve }) => {
	const pages = keptPagesOf(event.locals.app);
	const key = pages.store.maxBytes > 0 ? keyOf(event) : null;
	if (!key) return resolve(event);
	// Read before rendering: a change committed while the page renders makes this version old at once.
	const version = await pages.version.current();
	if (version === null) return resolve(event);
	const kept = pages.store.get(key, version);
	if (kept) return answer(kept, event.request);
	const response = await resolve(event);
	const page = await keep(response, version, event);
	if (!page) return response;
	pages.store.set(key, page);
	return answer(page, event.request);
};
