import { describe, expect, it } from 'vitest';
import { largestRemainder } from './shares';

describe('largestRemainder', () => {
	it('keeps exact shares as they are', () => {
		expect(largestRemainder([1, 1, 2])).toEqual([25, 25, 50]);
	});

	it('gives the units left over to the largest remainders so the shares add up to 100', () => {
		// 2/7 = 28.57, 2/7 = 28.57, 3/7 = 42.86: plain rounding gives 29 + 29 + 43 = 101.
		expect(largestRemainder([2, 2, 3])).toEqual([29, 28, 43]);
		// 17/23, 6/23, 0/23 = 73.9, 26.1, 0: plain rounding already works and must not change.
		expect(largestRemainder([17, 6, 0])).toEqual([74, 26, 0]);
	});

	it('breaks equal remainders by the larger count, then by position, never by chance', () => {
		expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
		// 1/6 = 16.67 and 5/6 = 83.33: remainders .67 and .33, no tie.
		expect(largestRemainder([1, 5])).toEqual([17, 83]);
		// 3/8 = 37.5, 1/8 = 12.5, 4/8 = 50: equal remainders .5; the larger count (3) gets the unit.
		expect(largestRemainder([1, 3, 4])).toEqual([12, 38, 50]);
	});

	it('gives all zeros when there is nothing to share, and works for another total', () => {
		expect(largestRemainder([0, 0, 0])).toEqual([0, 0, 0]);
		expect(largestRemainder([])).toEqual([]);
		expect(largestRemainder([1, 2], 10)).toEqual([3, 7]);
	});
});
