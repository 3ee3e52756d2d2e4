import { describe, expect, it } from 'vitest';
import { changeSincePrevious } from './change';
import { testCity } from '$test-support/test-cities';

describe('change since the previous cycle', () => {
	const previous = [
		testCity(1, 'NPF FF FFF FFF'),
		testCity(2, 'PPF FF FFF FFF'),
		testCity(3, 'FPF FF FFF FFF'), // did not respond this time
		testCity(4, 'N-F FF FFF FFF')
	];
	const current = [
		testCity(1, 'FPF FF FFF FFF'), // commitment 1: not at all → fully (better)
		testCity(2, 'NPF FF FFF FFF'), // commitment 1: partly → not at all (worse)
		testCity(4, 'NPF FF FFF FF-'), // commitment 1 same; 2 was blank before; 11 is blank now
		testCity(5, 'FFF FF FFF FFF') // new city: nothing to compare
	];
	const changes = changeSincePrevious(previous, current);

	it('counts better, same and worse among the cities that rated the commitment in both cycles', () => {
		expect(changes[0]).toMatchObject({ commitment: 1, compared: 3, better: 1, same: 1, worse: 1 });
		// Commitment 2: city 4 was blank before, so only cities 1 and 2 are compared.
		expect(changes[1]).toMatchObject({ commitment: 2, compared: 2, better: 0, same: 2, worse: 0 });
		expect(changes[10]).toMatchObject({ commitment: 11, role: 'buyer', compared: 2, same: 2 });
	});

	it('gives the full from → to table', () => {
		expect(changes[0]!.matrix).toEqual({
			fully: { fully: 0, partly: 0, not_at_all: 0 },
			partly: { fully: 0, partly: 0, not_at_all: 1 },
			not_at_all: { fully: 1, partly: 0, not_at_all: 1 }
		});
	});

	it('compares nothing when the cycles share no city or either is empty', () => {
		for (const result of [
			changeSincePrevious([], current),
			changeSincePrevious(previous, []),
			changeSincePrevious([testCity(9, 'FFF FF FFF FFF')], current)
		]) {
			expect(result).toHaveLength(11);
			expect(result.every((c) => c.compared === 0 && c.better + c.same + c.worse === 0)).toBe(true);
		}
	});
});
