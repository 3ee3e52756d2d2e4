import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameValue } from './same-value';

describe('sameValue', () => {
	it('ignores key order, as jsonb does', () => {
		expect(sameValue({ rating: 'fully', evidence: 'x' }, { evidence: 'x', rating: 'fully' })).toBe(true);
		expect(sameValue([{ b: 1, a: 2 }], [{ a: 2, b: 1 }])).toBe(true);
	});

	it('tells different answers apart, and treats missing as null', () => {
		expect(sameValue({ rating: 'fully' }, { rating: 'partly' })).toBe(false);
		expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
		expect(sameValue(undefined, null)).toBe(true);
		expect(sameValue('', null)).toBe(false);
	});

	it('finds every JSON value equal to a copy of itself', () => {
		fc.assert(fc.property(fc.jsonValue(), (value) => sameValue(value, JSON.parse(JSON.stringify(value)))));
	});
});
