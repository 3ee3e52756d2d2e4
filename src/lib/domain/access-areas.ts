import { defaultLocale, isLocale } from './locale';
import { isLocalizedSegments } from './locale-path';

/**
 * Who may enter which part of the site, decided from the path alone. The `handle` hook asks this table for
 * every request before any `load` or form action runs (SvelteKit serves a page's `load` data as
 * `__data.json` even when its layout refuses, and `x-sveltekit-invalidated` can skip the layout's `load`).
 * Record-level rules (which city, which section) stay in the pages.
 *
 * A path that no row covers belongs to no area, and nobody may enter it: a new route must be added here.
 */

/**
 * `secretariat`: the secretariat only. `city`: a signed-in coordinator or contributor of a city. `signed-in`:
 * anyone signed in (their own account).
 */
export type AccessArea = 'public' | 'signed-in' | 'secretariat' | 'city';

export interface AreaRule {
	/** A path of whole segments: `/admin` covers `/admin` and `/admin/people`, never `/administrator`. */
	readonly path: string;
	readonly area: AccessArea;
	/** Covers the path itself only, not the paths below it (the home page). */
	readonly exact?: boolean;
}

export const accessAreas: readonly AreaRule[] = [
	{ path: '/', area: 'public', exact: true },
	{ path: '/charter', area: 'public' },
	{ path: '/cities', area: 'public' },
	{ path: '/practices', area: 'public' },
	{ path: '/reports', area: 'public' },
	{ path: '/data', area: 'public' },
	// The map of cities as an image file (/cities shows it).
	{ path: '/map', area: 'public' },
	{ path: '/api/v1', area: 'public' },
	// better-auth's own endpoints (its hook answers them before any route).
	{ path: '/api/auth', area: 'public' },
	{ path: '/healthz', area: 'public' },
	// For the operators' Prometheus, not for people: the route itself asks for METRICS_TOKEN (404 without it).
	{ path: '/metrics', area: 'public' },
	// Account pages: open to everyone; the pages check their tokens themselves.
	{ path: '/sign-in', area: 'public' },
	{ path: '/sign-out', area: 'public' },
	{ path: '/forgot-password', area: 'public' },
	{ path: '/reset-password', area: 'public' },
	{ path: '/invitation', area: 'public' },
	// A kept form is shown only to the browser holding its cookie, after signing in (the page checks).
	{ path: '/kept', area: 'public' },
	{ path: '/language', area: 'public' },
	{ path: '/account', area: 'signed-in' },
	{ path: '/admin', area: 'secretariat' },
	{ path: '/respond', area: 'city' },
	{ path: '/peer-learning', area: 'city' }
];

const DATA_SUFFIX = '/__data.json';
const HTML_DATA_SUFFIX = '.html__data.json';

/**
 * The path as SvelteKit's router reads it: without the query (`?/save`, `?x-sveltekit-invalidated=…`),
 * without the `__data.json` suffix of a data request, and decoded the same way (`decodeURI` on each part
 * between `%25`), so `/%61dmin` is `/admin` here as it is to the router, while `/admin%2Fpeople` stays one
 * segment, and without a language prefix the `reroute` hook removes (`/fr/cities` is `/cities`). The segments
 * that remain; null when the path cannot be decoded or climbs (`.`, `..`).
 */
export function routeSegments(pathname: string): string[] | null {
	let path = pathname.split(/[?#]/, 1)[0] ?? '';
	if (path.endsWith(HTML_DATA_SUFFIX)) path = `${path.slice(0, -HTML_DATA_SUFFIX.length)}.html`;
	else if (path.endsWith(DATA_SUFFIX)) path = path.slice(0, -DATA_SUFFIX.length) || '/';
	let decoded: string;
	try {
		decoded = path.split('%25').map(decodeURI).join('%25');
	} catch {
		return null;
	}
	if (!decoded.startsWith('/')) return null;
	const segments = decoded.split('/').filter((segment) => segment !== '');
	if (segments.some((segment) => segment === '.' || segment === '..')) return null;
	// The `reroute` hook serves `/fr/charter` as `/charter`: the address is judged as the route it reaches.
	const [first, ...rest] = segments;
	if (first !== defaultLocale && isLocale(first) && isLocalizedSegments(rest)) return rest;
	return segments;
}

/** The area a path belongs to (the longest row that covers it), or null when no row does. */
export function areaOf(pathname: string): AccessArea | null {
	const segments = routeSegments(pathname);
	if (!segments) return null;
	let best: { area: AccessArea; length: number } | null = null;
	for (const rule of accessAreas) {
		const ruleSegments = rule.path.split('/').filter((segment) => segment !== '');
		const covers = rule.exact
			? ruleSegments.length === segments.length && ruleSegments.every((s, i) => s === segments[i])
			: ruleSegments.length <= segments.length && ruleSegments.every((s, i) => s === segments[i]);
		if (covers && (!best || ruleSegments.length > best.length)) {
			best = { area: rule.area, length: ruleSegments.length };
		}
	}
	return best?.area ?? null;
}

export type Visitor = Pick<SignedInUser, 'role' | 'cityId'> | null;

/** `enter`: go on; `sign-in`: nobody is signed in, send them to sign in; `forbidden`: refuse. */
export type Entry = 'enter' | 'sign-in' | 'forbidden';

export function entryOf(area: AccessArea | null, visitor: Visitor): Entry {
	switch (area) {
		case 'public':
			return 'enter';
		case 'signed-in':
			return visitor ? 'enter' : 'sign-in';
		case 'secretariat':
			if (!visitor) return 'sign-in';
			return visitor.role === 'secretariat' ? 'enter' : 'forbidden';
		case 'city':
			if (!visitor) return 'sign-in';
			return (visitor.role === 'coordinator' || visitor.role === 'contributor') && visitor.cityId !== null
				? 'enter'
				: 'forbidden';
		case null:
			return 'forbidden';
	}
}
