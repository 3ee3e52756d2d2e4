import { describe, expect, it as test } from 'vitest';
import { en } from './en';
import { it } from './it';
import { countryName, formatDate, formatNumber, translator } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('Italian interface text', () => {
	test('has exactly the English keys, so no screen falls back to English or carries a stray text', () => {
		expect(Object.keys(it).sort()).toEqual(Object.keys(en).sort());
	});

	test('keeps every placeholder of the English text, so no name, date or number goes missing', () => {
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(placeholders(it[key]), `it ${key}`).toEqual(placeholders(en[key]));
		}
	});

	test('is translated: texts longer than a name differ from the English ones', () => {
		// The product's name is the same in every language.
		const names = new Set(['Integrating Cities Monitor']);
		const same = (Object.keys(en) as (keyof typeof en)[]).filter(
			(key) =>
				it[key] === en[key] &&
				!names.has(en[key]) &&
				/[a-z]{4,} [a-z]{3,} [a-z]{3,}/i.test(en[key].replace(/\{\w+\}/g, ''))
		);
		expect(same).toEqual([]);
	});

	test('fills parameters into Italian sentences', () => {
		expect(translator('it')('charter.commitment', { number: 4 })).toBe('Impegno 4');
		expect(translator('it')('cities.count', { count: 12 })).toBe('12 città mostrate');
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
