import { describe, expect, it } from 'vitest';
import { keptPageKey, localeOfRequest, matchesEtag, mayUseKeptPage, revalidationHeaders } from './kept-pages';
import type { KeptPage } from './page-store';

describe('which requests may get a kept page', () => {
	it('only GET and HEAD without any of the session cookies', () => {
		expect(mayUseKeptPage('GET', '')).toBe(true);
		expect(mayUseKeptPage('HEAD', 'ic_locale=fr')).toBe(true);
		expect(mayUseKeptPage('POST', '')).toBe(false);
		expect(mayUseKeptPage('GET', 'icm.session_token=abc')).toBe(false);
		expect(mayUseKeptPage('GET', 'ic_locale=fr; __Secure-icm.session_token=abc')).toBe(false);
		expect(mayUseKeptPage('GET', 'icm.session_data=abc')).toBe(false);
		// The form-owner cookie is not a session: the person has signed out.
		expect(mayUseKeptPage('GET', 'icm-form-owner=x')).toBe(true);
	});
});

describe('localeOfRequest', () => {
	it('takes the address’s language first, whatever the cookie or the browser say', () => {
		expect(localeOfRequest('/de/cities?country=FI', 'ic_locale=fr', 'fr')).toBe('de');
		expect(localeOfRequest('/fr', 'ic_locale="fr', 'en')).toBe('fr');
		// A prefix on a page that has no address per language names nothing.
		expect(localeOfRequest('/fr/sign-in', '', 'de')).toBe('de');
	});

	it('then the chosen language, then Accept-Language, as the handle hook does', () => {
		expect(localeOfRequest('/cities', 'ic_locale=fr', 'de-DE,de;q=0.9')).toBe('fr');
		expect(localeOfRequest('/cities', '', 'de-DE,de;q=0.9')).toBe('de');
		expect(localeOfRequest('/cities', '', undefined)).toBe('en');
		expect(localeOfRequest('/cities', 'other=1; ic_locale=de', 'fr')).toBe('de');
	});

	it('gives up (the page is rendered) when the cookie is there but not plainly a language', () => {
		expect(localeOfRequest('/cities', 'ic_locale="fr"', 'en')).toBeNull();
		expect(localeOfRequest('/cities', 'ic_locale=xx', 'fr')).toBeNull();
		expect(localeOfRequest('/cities', 'ic_locale=fr; ic_locale=de', 'en')).toBeNull();
	});
});

describe('matchesEtag', () => {
	it('reads lists, weak tags and *', () => {
		expect(matchesEtag('"a"', '"a"')).toBe(true);
		expect(matchesEtag('W/"a"', '"a"')).toBe(true);
		expect(matchesEtag('"b", "a"', '"a"')).toBe(true);
		expect(matchesEtag('*', '"a"')).toBe(true);
		expect(matchesEtag('"b"', '"a"')).toBe(false);
		expect(matchesEtag(null, '"a"')).toBe(false);
	});
});

describe('kept answers of the open data API', () => {
	const body = new Uint8Array(2);
	const page: KeptPage = { version: 1, etag: '"p"', headers: [], body };
	const api: KeptPage = {
		...page,
		etag: '"a"',
		caching: { cacheControl: 'public, max-age=300', vary: null }
	};

	it('are one answer for every language, where a page is one per language', () => {
		expect(keptPageKey('fr', '/api/v1/cities?country=DE')).toBe(
			keptPageKey('en', '/api/v1/cities?country=DE')
		);
		expect(keptPageKey('fr', '/cities')).not.toBe(keptPageKey('en', '/cities'));
		// An address that only begins like the API is a page like any other.
		expect(keptPageKey('fr', '/api/v10')).not.toBe(keptPageKey('en', '/api/v10'));
	});

	it("keep the API's own caching headers, where a page is revalidated each time", () => {
		expect(revalidationHeaders(api)).toEqual({ etag: '"a"', 'cache-control': 'public, max-age=300' });
		expect(revalidationHeaders(page)).toEqual({
			etag: '"p"',
			'cache-control': 'no-cache',
			vary: 'Accept-Language, Cookie'
		});
	});
});
