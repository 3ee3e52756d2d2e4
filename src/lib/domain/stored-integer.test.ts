import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_STORED_INTEGER, parseStoredId, parseStoredInteger, revisionFromForm } from './stored-integer';

describe('stored integers from input', () => {
	it('accept plain digits in the range the database keeps', () => {
		expect(parseStoredInteger('0')).toBe(0);
		expect(parseStoredInteger(' 42 ')).toBe(42);
		expect(parseStoredInteger('2147483647')).toBe(MAX_STORED_INTEGER);
		expect(parseStoredInteger(7)).toBe(7);
		expect(parseStoredId('1')).toBe(1);
	});

	it('refuse what is not the number of anything stored', () => {
		for (const bad of [
			'1.5',
			'1e400',
			'2147483648',
			'99999999999',
			'-1',
			'NaN',
			'Infinity',
			'',
			' ',
			'0x10',
			'1,5',
			'١'
		]) {
			expect(parseStoredInteger(bad), bad).toBeNull();
		}
		for (const bad of [1.5, -1, Number.NaN, Infinity, 2 ** 31, null, undefined, {}, []]) {
			expect(parseStoredInteger(bad), String(bad)).toBeNull();
		}
		expect(parseStoredId('0')).toBeNull();
	});

	it('a revision left out is the current one; a malformed one is refused', () => {
		expect(revisionFromForm(null, 3)).toBe(3);
		expect(revisionFromForm('', 3)).toBe(3);
		expect(revisionFromForm('2', 3)).toBe(2);
		expect(revisionFromForm('1e400', 3)).toBeNull();
		expect(revisionFromForm('2147483648', 3)).toBeNull();
	});

	it('for any string, the answer is null or an integer the database can keep', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\s?\d{1,12}\s?$/)), (raw) => {
				const parsed = parseStoredInteger(raw);
				if (parsed === null) return;
				expect(Number.isSafeInteger(parsed)).toBe(true);
				expect(parsed).toBeGreaterThanOrEqual(0);
				expect(parsed).toBeLessThanOrEqual(MAX_STORED_INTEGER);
				expect(String(parsed)).toBe(raw.trim().replace(/^0+(?=\d)/, ''));
			}),
			{ numRuns: 2000 }
		);
	});
});
