import { describe, expect, it } from 'vitest';
import { commitmentResults, roleResults } from './rating-counts';
import { testCity } from './test-cities';

// A hand-made cycle of four cities; the columns of this table are the commitments.
//                           1   2   3   4   5   6   7   8   9  10  11
const cycle = [
	testCity(1, 'FFP FP PFF NPN'),
	testCity(2, 'FPP FF NPF NN-'),
	testCity(3, 'FFN PP NNF NP-'),
	testCity(4, 'F-P FP PPF PN-')
];

describe('counts and shares per commitment', () => {
	const results = commitmentResults(cycle);

	it('counts each rating among the responding cities, with blanks counted apart', () => {
		expect(results.map((r) => r.commitment)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(results[0]).toMatchObject({
			role: 'policy_maker',
			counts: { fully: 4, partly: 0, not_at_all: 0, answered: 4, noAnswer: 0 },
			shares: { fully: 100, partly: 0, not_at_all: 0 }
		});
		// Commitment 2: one city left it blank; shares are of the three that answered.
		expect(results[1]).toMatchObject({
			counts: { fully: 2, partly: 1, not_at_all: 0, answered: 3, noAnswer: 1 },
			shares: { fully: 67, partly: 33, not_at_all: 0 }
		});
		expect(results[5]).toMatchObject({
			role: 'employer',
			counts: { fully: 0, partly: 2, not_at_all: 2, answered: 4, noAnswer: 0 },
			shares: { fully: 0, partly: 50, not_at_all: 50 }
		});
		// Commitment 11: a single answer, three blanks.
		expect(results[10]).toMatchObject({
			role: 'buyer',
			counts: { fully: 0, partly: 0, not_at_all: 1, answered: 1, noAnswer: 3 },
			shares: { fully: 0, partly: 0, not_at_all: 100 }
		});
	});

	it('has shares that always add up to 100 when anyone answered', () => {
		for (const result of results) {
			const { fully, partly, not_at_all } = result.shares!;
			expect(fully + partly + not_at_all).toBe(100);
		}
	});

	it('has counts and no shares when nobody answered, or nobody responded', () => {
		const blank = commitmentResults([testCity(1, '--- -- --- ---'), testCity(2, '--- -- --- ---')]);
		expect(blank[3]).toMatchObject({
			counts: { fully: 0, partly: 0, not_at_all: 0, answered: 0, noAnswer: 2 },
			shares: null
		});
		const none = commitmentResults([]);
		expect(none).toHaveLength(11);
		expect(none[0]).toMatchObject({ counts: { answered: 0, noAnswer: 0 }, shares: null });
	});

	it('gives a single city 100% of its rating', () => {
		expect(commitmentResults([testCity(1, 'PPP PP PPP PPP')])[6]!.shares).toEqual({
			fully: 0,
			partly: 100,
			not_at_all: 0
		});
	});

	it('splits a three-way tie 34/33/33, fully first', () => {
		const tie = commitmentResults([
			testCity(1, 'F-- -- --- ---'),
			testCity(2, 'P-- -- --- ---'),
			testCity(3, 'N-- -- --- ---')
		]);
		expect(tie[0]!.shares).toEqual({ fully: 34, partly: 33, not_at_all: 33 });
	});
});

describe('counts per role', () => {
	it('groups the commitments under their role and adds up their answers', () => {
		const [policy, service, employer, buyer] = roleResults(cycle);
		expect(policy!.role).toBe('policy_maker');
		expect(policy!.commitments.map((c) => c.commitment)).toEqual([1, 2, 3]);
		// 12 city × commitment answers possible; commitment 2 has one blank.
		expect(policy!.total).toEqual({ fully: 6, partly: 4, not_at_all: 1, answered: 11, noAnswer: 1 });
		expect(service!.total).toEqual({ fully: 4, partly: 4, not_at_all: 0, answered: 8, noAnswer: 0 });
		expect(employer!.commitments.map((c) => c.commitment)).toEqual([6, 7, 8]);
		expect(buyer!.total).toEqual({ fully: 0, partly: 3, not_at_all: 6, answered: 9, noAnswer: 3 });
		expect(buyer!.shares).toEqual({ fully: 0, partly: 33, not_at_all: 67 });
	});
});
