import { describe, expect, it } from 'vitest';
import { locales } from '$lib/domain/locale';
import { m } from '$lib/paraglide/messages.js';
import { countryName, formatDate, formatNumber } from './index';
import { translator } from '$lib/server/i18n/translator';
import { placeholdersOf, readMessageFile } from './message-files';

const english = readMessageFile('en');

describe('message files', () => {
	for (const locale of locales.filter((locale) => locale !== 'en')) {
		const translated = readMessageFile(locale);

		it(`${locale}.json has exactly the messages of en.json`, () => {
			const missing = Object.keys(english).filter((key) => !(key in translated));
			const extra = Object.keys(translated).filter((key) => !(key in english));
			expect({ missing, extra }).toEqual({ missing: [], extra: [] });
		});

		it(`${locale}.json keeps the placeholders of en.json, so no value goes missing`, () => {
			const differing = Object.keys(english)
				.filter((key) => key in translated)
				.filter((key) => placeholdersOf(translated[key]!).join() !== placeholdersOf(english[key]!).join())
				.map((key) => `${key}: {${placeholdersOf(translated[key]!).join('}, {')}}`);
			expect(differing).toEqual([]);
		});
	}
});

describe('interface text', () => {
	it('fills parameters into the chosen language', () => {
		expect(m.charter_commitment({ number: 4 }, { locale: 'fr' })).toBe('Engagement 4');
		expect(translator('de')('charter.commitment', { number: 4 })).toBe('Verpflichtung 4');
		expect(m.cities_count({ count: 12 }, { locale: 'es' })).toBe('12 ciudades mostradas');
	});

	it('chooses singular or plural by the language’s own rules', () => {
		expect(m.cities_count({ count: 1 }, { locale: 'en' })).toBe('1 city shown');
		expect(m.cities_count({ count: 12 }, { locale: 'de' })).toBe('12 Städte angezeigt');
		// French counts 0 as singular, English does not.
		expect(m.practices_count({ count: 0 }, { locale: 'fr' })).toMatch(/^0 \S+ trouvée?\b/);
		expect(m.practices_count({ count: 0 }, { locale: 'en' })).toBe('0 practices found');
	});

	it('shows braces that are text as braces', () => {
		expect(m.data_api()).toContain('({ items, total, limit, offset })');
	});

	it('formats dates and country names in the reader’s language', () => {
		expect(formatDate('fr', '2022-11-15')).toBe('15 novembre 2022');
		expect(formatDate('de', '2010-02-01', 'month')).toBe('Februar 2010');
		expect(countryName('de', 'FI')).toBe('Finnland');
		expect(countryName('en', 'CA')).toBe('Canada');
	});

	it('writes dates, numbers and country names in Spanish conventions', () => {
		expect(formatDate('es', '2022-11-15')).toBe('15 de noviembre de 2022');
		expect(formatDate('es', '2010-02-01', 'month')).toBe('febrero de 2010');
		expect(formatNumber('es', 1234567.5)).toBe('1.234.567,5');
		expect(countryName('es', 'DE')).toBe('Alemania');
	});
});

describe('validation messages', () => {
	it('exist as messages with the questionnaire’s English wording', async () => {
		const { validationMessages } = await import('$lib/domain/questionnaire/messages');
		for (const [key, text] of Object.entries(validationMessages)) {
			// Placeholders filled with themselves give back the English template.
			const names = [...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1]!);
			const params = Object.fromEntries(names.map((name) => [name, `{${name}}`]));
			expect(translator('en')(key as never, params), key).toBe(text);
		}
	});
});
