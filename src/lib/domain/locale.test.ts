import { describe, expect, it } from 'vitest';
import { isLocale, localeFromAcceptLanguage } from './locale';

describe('localeFromAcceptLanguage', () => {
	it('takes the highest-ranked language the interface offers', () => {
		expect(localeFromAcceptLanguage('fi-FI, de;q=0.8, fr;q=0.9')).toBe('fr');
		expect(localeFromAcceptLanguage('de-AT,de;q=0.9,en;q=0.5')).toBe('de');
		expect(localeFromAcceptLanguage('it-IT,it;q=0.9,en-US;q=0.8')).toBe('it');
	});

	it('falls back to English when nothing offered matches or the header is missing', () => {
		expect(localeFromAcceptLanguage('fi, sv;q=0.5')).toBe('en');
		expect(localeFromAcceptLanguage(undefined)).toBe('en');
		expect(localeFromAcceptLanguage('fr;q=0')).toBe('en');
	});

	it('recognises only the offered languages', () => {
		expect(isLocale('de')).toBe(true);
		expect(isLocale('es')).toBe(true);
		expect(isLocale('it')).toBe(true);
		expect(isLocale('pt')).toBe(false);
		expect(isLocale(undefined)).toBe(false);
	});
});
