import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { countryName, formatDate, formatNumber, translator } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface text', () => {
	it('has the same keys in every language', () => {
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
		expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
		expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
	});

	it('keeps the same placeholders in every translation, so no value goes missing', () => {
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(placeholders(fr[key]), `fr ${key}`).toEqual(placeholders(en[key]));
			expect(placeholders(de[key]), `de ${key}`).toEqual(placeholders(en[key]));
			expect(placeholders(es[key]), `es ${key}`).toEqual(placeholders(en[key]));
		}
	});

	it('fills parameters into the chosen language', () => {
		expect(translator('fr')('charter.commitment', { number: 4 })).toBe('Engagement 4');
		expect(translator('de')('cities.count', { count: 12 })).toBe('12 Städte angezeigt');
		expect(translator('es')('cities.count', { count: 12 })).toBe('12 ciudades mostradas');
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
	it('exist in the interface catalogues with the questionnaire’s English wording', async () => {
		const { validationMessages } = await import('$lib/domain/questionnaire/messages');
		for (const [key, text] of Object.entries(validationMessages)) {
			expect(en[key as keyof typeof en], key).toBe(text);
		}
	});
});
