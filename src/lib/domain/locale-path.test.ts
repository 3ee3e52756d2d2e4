import { describe, expect, it } from 'vitest';
import { locales } from './locale';
import {
	addressLocale,
	alternatesOf,
	chooseLocale,
	inLanguageOfAddress,
	localizedPath,
	splitLocalePrefix
} from './locale-path';

describe('addresses with a language', () => {
	it('read the language from the prefix of a public reading page, and the route behind it', () => {
		expect(splitLocalePrefix('/fr/charter')).toEqual({ locale: 'fr', path: '/charter' });
		expect(splitLocalePrefix('/de/practices/housing-first')).toEqual({
			locale: 'de',
			path: '/practices/housing-first'
		});
		expect(splitLocalePrefix('/de')).toEqual({ locale: 'de', path: '/' });
		expect(splitLocalePrefix('/fr/')).toEqual({ locale: 'fr', path: '/' });
	});

	it('name no language for English (at the root), unknown prefixes, or pages that have no address per language', () => {
		expect(addressLocale('/charter')).toBeNull();
		expect(addressLocale('/en/charter')).toBeNull();
		expect(addressLocale('/xx/charter')).toBeNull();
		expect(addressLocale('/fr/admin')).toBeNull();
		expect(addressLocale('/fr/sign-in')).toBeNull();
		expect(addressLocale('/fr//charter')).toBeNull();
		expect(addressLocale('/france')).toBeNull();
	});

	it('give the same page in another language, keeping the query', () => {
		expect(localizedPath('/practices?q=housing&page=2', 'de')).toBe('/de/practices?q=housing&page=2');
		expect(localizedPath('/fr/practices?q=housing', 'en')).toBe('/practices?q=housing');
		expect(localizedPath('/fr/cities/tampere', 'de')).toBe('/de/cities/tampere');
		expect(localizedPath('/', 'fr')).toBe('/fr');
		expect(localizedPath('/fr', 'en')).toBe('/');
	});

	it('leave signed-in and account pages at their one address', () => {
		expect(localizedPath('/admin/people', 'fr')).toBe('/admin/people');
		expect(localizedPath('/sign-in?next=/respond', 'de')).toBe('/sign-in?next=/respond');
	});

	it('list every offered language and x-default, as absolute addresses, on public pages only', () => {
		const alternates = alternatesOf('/fr/practices?q=x', 'https://monitor.example');
		expect(alternates.map((a) => a.hreflang)).toEqual([...locales, 'x-default']);
		expect(alternates).toContainEqual({ hreflang: 'en', href: 'https://monitor.example/practices?q=x' });
		expect(alternates).toContainEqual({ hreflang: 'de', href: 'https://monitor.example/de/practices?q=x' });
		expect(alternates).toContainEqual({
			hreflang: 'x-default',
			href: 'https://monitor.example/practices?q=x'
		});
		expect(alternatesOf('/account', 'https://monitor.example')).toEqual([]);
	});
});

describe('the language of a request', () => {
	it('is the address’s prefix first, whatever the cookie and the browser say', () => {
		expect(chooseLocale('/fr/charter', 'de', 'de-DE')).toEqual({ locale: 'fr', fromAddress: true });
	});

	it('then the language chosen on the site (cookie), then the browser’s', () => {
		expect(chooseLocale('/charter', 'de', 'fr-FR,fr;q=0.9')).toEqual({ locale: 'de', fromAddress: false });
		expect(chooseLocale('/charter', undefined, 'fr-FR,fr;q=0.9')).toEqual({
			locale: 'fr',
			fromAddress: false
		});
		expect(chooseLocale('/charter', 'xx', undefined)).toEqual({ locale: 'en', fromAddress: false });
	});

	it('on signed-in pages is never read from a prefix', () => {
		expect(chooseLocale('/de/admin', 'fr', 'en')).toEqual({ locale: 'fr', fromAddress: false });
	});

	it('keeps the address’s form in a redirect', () => {
		expect(inLanguageOfAddress(new URL('http://x/de/practices?q=a&from='), '/practices?q=a')).toBe(
			'/de/practices?q=a'
		);
		expect(inLanguageOfAddress(new URL('http://x/practices?q=a&from='), '/practices?q=a')).toBe(
			'/practices?q=a'
		);
	});
});
