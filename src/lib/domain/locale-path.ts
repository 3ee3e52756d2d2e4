import { defaultLocale, isLocale, localeFromAcceptLanguage, locales, type Locale } from './locale';

/**
 * The public reading pages have one address per language, so that a shared link and a search engine carry
 * the language: English at the root (`/charter`), every other language under its prefix (`/fr/charter`,
 * `/de/practices?q=…`). These are the first segments of those pages (the home page is the empty path).
 * Signed-in areas and the account pages have no prefix: their language is the one the reader chose (cookie).
 */
export const LOCALIZED_SECTIONS: ReadonlySet<string> = new Set([
	'charter',
	'cities',
	'practices',
	'reports',
	'data'
]);

/** Whether the segments after a prefix are a page with an address per language (whole segments, decoded). */
export function isLocalizedSegments(segments: readonly string[]): boolean {
	return segments.length === 0 || LOCALIZED_SECTIONS.has(segments[0] ?? '');
}

function segmentsOf(pathname: string): string[] {
	return pathname.split('/').filter((segment) => segment !== '');
}

/** Whether a path (without prefix or query) is a page with one address per language. */
export function isLocalizedPath(pathname: string): boolean {
	return isLocalizedSegments(segmentsOf(pathname));
}

/**
 * The language an address names by its prefix and the route path behind it: `/fr/charter` → fr, `/charter`;
 * `/de` → de, `/`. Null when the address has no prefix, names English (which has none), a language the
 * interface does not offer, or a page that has no address per language (`/fr/admin`): those reach no route.
 */
export function splitLocalePrefix(pathname: string): { locale: Locale; path: string } | null {
	const match = /^\/([^/]+)(\/[^/].*)?\/?$/.exec(pathname);
	if (!match) return null;
	const [, first, rest] = match;
	if (first === defaultLocale || !isLocale(first)) return null;
	const path = rest ?? '/';
	return isLocalizedPath(path) ? { locale: first, path } : null;
}

/** The language an address names by its prefix, or null when the language is the reader's to choose. */
export function addressLocale(pathname: string): Locale | null {
	return splitLocalePrefix(pathname)?.locale ?? null;
}

/**
 * The address of a page in a language: `localizedPath('/practices?q=x', 'de')` is `/de/practices?q=x`, and
 * an address already in another language changes language (`/fr/charter` → `/charter` in English). Paths
 * without an address per language (`/admin`, `/sign-in`) come back unchanged.
 */
export function localizedPath(path: string, locale: Locale): string {
	const cut = path.search(/[?#]/);
	const pathname = cut === -1 ? path : path.slice(0, cut);
	const suffix = cut === -1 ? '' : path.slice(cut);
	const base = splitLocalePrefix(pathname)?.path ?? pathname;
	if (locale === defaultLocale || !isLocalizedPath(base)) return base + suffix;
	return `/${locale}${base === '/' ? '' : base}` + suffix;
}

export interface Alternate {
	/** A language code or `x-default`, as `<link rel="alternate" hreflang>` takes it. */
	hreflang: string;
	href: string;
}

/**
 * The page in every language, plus `x-default` (the root address, whose language is the reader's), as absolute
 * addresses (search engines ignore relative ones); none for pages without an address per language.
 */
export function alternatesOf(pathAndQuery: string, origin: string): Alternate[] {
	const cut = pathAndQuery.search(/[?#]/);
	const pathname = cut === -1 ? pathAndQuery : pathAndQuery.slice(0, cut);
	if (!isLocalizedPath(splitLocalePrefix(pathname)?.path ?? pathname)) return [];
	return [
		...locales.map((locale) => ({ hreflang: locale, href: origin + localizedPath(pathAndQuery, locale) })),
		{ hreflang: 'x-default', href: origin + localizedPath(pathAndQuery, defaultLocale) }
	];
}

/** The reader's language for a request, and whether the address named it (then nothing else can change it). */
export interface LocaleChoice {
	locale: Locale;
	fromAddress: boolean;
}

/**
 * The language of a request: the address's prefix on a public reading page; else the language the reader
 * chose on the site (cookie); else the best of the browser's Accept-Language; else English.
 */
export function chooseLocale(
	pathname: string,
	chosen: string | null | undefined,
	acceptLanguage: string | null | undefined
): LocaleChoice {
	const named = addressLocale(pathname);
	if (named) return { locale: named, fromAddress: true };
	return { locale: isLocale(chosen) ? chosen : localeFromAcceptLanguage(acceptLanguage), fromAddress: false };
}

/**
 * A path in the language the current address names, for a redirect that must keep the address's form: a
 * reader on `/de/practices?…` stays under `/de`, and a reader at the root stays at the root.
 */
export function inLanguageOfAddress(current: URL, path: string): string {
	return localizedPath(path, addressLocale(current.pathname) ?? defaultLocale);
}
