import { describe, expect, it as test } from 'vitest';
import { m } from '$lib/paraglide/messages.js';
import { countryName, formatDate, formatNumber } from './index';
import { readMessageFile, textsOf } from './message-files';

// messages.test.ts holds it.json to the English messages and placeholders.
describe('Italian interface text', () => {
	test('is translated: texts longer than a name differ from the English ones', () => {
		const en = readMessageFile('en');
		const it = readMessageFile('it');
		// The product's name is the same in every language.
		const names = new Set(['Integrating Cities Monitor']);
		const same = Object.keys(en).filter((key) => {
			const english = textsOf(en[key]!).join('\n');
			return (
				textsOf(it[key] ?? '').join('\n') === english &&
				!names.has(english) &&
				/[a-z]{4,} [a-z]{3,} [a-z]{3,}/i.test(english.replace(/\{\w+\}/g, ''))
			);
		});
		expect(same).toEqual([]);
	});

	test('fills parameters into Italian sentences', () => {
		expect(m.charter_commitment({ number: 4 }, { locale: 'it' })).toBe('Impegno 4');
		expect(m.cities_count({ count: 12 }, { locale: 'it' })).toBe('12 città mostrate');
	});

	test('dates, numbers and country names follow Italian conventions', () => {
		expect(formatDate('it', '2022-11-15')).toBe('15 novembre 2022');
		expect(formatDate('it', '2010-02-01', 'month')).toBe('febbraio 2010');
		expect(formatNumber('it', 650000)).toBe('650.000');
		expect(formatNumber('it', 12.5)).toBe('12,5');
		expect(countryName('it', 'DE')).toBe('Germania');
		expect(countryName('it', 'FI')).toBe('Finlandia');
	});
});
