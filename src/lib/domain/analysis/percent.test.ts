import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf, roundedSharesAddUp } from './percent';

describe('percentOf', () => {
	it('rounds to the nearest whole percentage, a half upwards', () => {
		expect(percentOf(7, 12)).toBe(58); // 58.33
		expect(percentOf(2, 12)).toBe(17); // 16.67
		expect(percentOf(1, 8)).toBe(13); // 12.5
		expect(percentOf(3, 8)).toBe(38); // 37.5
		expect(percentOf(1, 3)).toBe(33);
		expect(percentOf(2, 3)).toBe(67);
		expect(percentOf(0, 5)).toBe(0);
		expect(percentOf(5, 5)).toBe(100);
		expect(percentOf(1, 200)).toBe(1); // 0.5
		expect(percentOf(1, 201)).toBe(0); // 0.497…
	});

	it('has no percentage of nothing, and refuses counts that are not whole', () => {
		expect(percentOf(0, 0)).toBeNull();
		expect(() => percentOf(1.5, 3)).toThrow(RangeError);
		expect(() => percentOf(-1, 3)).toThrow(RangeError);
	});

	it('gives equal counts of equal totals equal percentages, whatever else is in the row', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000 }),
				fc.integer({ min: 0, max: 10_000 }),
				fc.integer({ min: 0, max: 10_000 }),
				(total, a, b) => {
					const count = Math.min(a, total);
					const rest = total - count;
					const other = Math.min(b, rest);
					// The same count in two rows that share the rest differently.
					const first = [percentOf(count, total), percentOf(rest, total)];
					const second = [percentOf(count, total), percentOf(other, total), percentOf(rest - other, total)];
					expect(first[0]).toBe(second[0]);
				}
			)
		);
	});

	it('is within half a point of the exact share, and a half is rounded up', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (total, seed) => {
				const count = seed % (total + 1);
				const exact = (count * 100) / total;
				const rounded = percentOf(count, total)!;
				expect(Number.isInteger(rounded)).toBe(true);
				expect(Math.abs(rounded - exact)).toBeLessThanOrEqual(0.5);
				if ((count * 200) % total === 0 && ((count * 200) / total) % 2 === 1)
					expect(rounded).toBeGreaterThan(exact);
			})
		);
	});

	it('never goes down when the count goes up', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 5_000 }), fc.nat(), (total, seed) => {
				const count = seed % total;
				expect(percentOf(count + 1, total)!).toBeGreaterThanOrEqual(percentOf(count, total)!);
			})
		);
	});
});

describe('roundedSharesAddUp', () => {
	it('tells when rounding each share leaves a row at 99 or 101', () => {
		expect(roundedSharesAddUp([percentOf(1, 3)!, percentOf(1, 3)!, percentOf(1, 3)!])).toBe(false); // 99
		expect(roundedSharesAddUp([percentOf(2, 7)!, percentOf(2, 7)!, percentOf(3, 7)!])).toBe(false); // 101
		expect(roundedSharesAddUp([percentOf(1, 4)!, percentOf(1, 4)!, percentOf(2, 4)!])).toBe(true);
	});
});
