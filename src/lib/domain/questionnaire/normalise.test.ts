import { describe, expect, it } from 'vitest';
import { isWebAddress, normaliseText, parseDecimal, parseYear } from './normalise';

describe('parseDecimal', () => {
	it('reads numbers as people type them in the network’s languages', () => {
		expect(parseDecimal('12.5')).toBe(12.5);
		expect(parseDecimal('12,5')).toBe(12.5);
		expect(parseDecimal(' 1 234 ')).toBe(1234);
		expect(parseDecimal('1\u202f234,5')).toBe(1234.5);
		expect(parseDecimal('−3')).toBe(-3);
		expect(parseDecimal(',5')).toBe(0.5);
		expect(parseDecimal(String(1e-7))).toBe(1e-7);
		expect(Object.is(parseDecimal('-0'), 0)).toBe(true);
	});

	it('refuses what it would have to guess', () => {
		for (const typed of ['12,5x', '1.234,5', '1,234.5', '', 'NaN', 'Infinity', '1e400', '0x10', '12 %'])
			expect(parseDecimal(typed), typed).toBeNull();
		expect(parseDecimal(NaN)).toBeNull();
		expect(parseDecimal({})).toBeNull();
	});
});

describe('parseYear', () => {
	it('takes four digits only', () => {
		expect(parseYear(' 2024 ')).toBe(2024);
		expect(parseYear(2024)).toBe(2024);
		for (const typed of ['24', '2024.5', 2024.5, '20 24', null]) expect(parseYear(typed)).toBeNull();
	});
});

describe('normaliseText', () => {
	it('trims, unifies line breaks and drops what PostgreSQL refuses', () => {
		expect(normaliseText('  a\r\nb\rc\u0000 ')).toBe('a\nb\nc');
		expect(normaliseText('x\uD800y')).toBe('x\uFFFDy');
		expect(normaliseText('\uD83D\uDE00')).toBe('\uD83D\uDE00');
		expect(normaliseText(undefined)).toBe('');
		expect(normaliseText(12)).toBeNull();
	});
});

describe('isWebAddress', () => {
	it('accepts http and https addresses only', () => {
		expect(isWebAddress('https://eurocities.eu/goals/integrating-cities')).toBe(true);
		expect(isWebAddress('http://example.org')).toBe(true);
		for (const url of [
			'javascript:alert(1)',
			'https://',
			'https:///path',
			'ftp://example.org',
			'https://a b.org'
		])
			expect(isWebAddress(url), url).toBe(false);
	});
});
