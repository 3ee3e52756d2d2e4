import { describe, expect, it } from 'vitest';
import { percentOf } from './percent';
import { commitmentResults, roleResults, sharesMayNotAddUp } from './rating-counts';
import { testCity } from '$test-support/test-cities';

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

	it('rounds each share on its own from its count, never bending it so the row adds up to 100', () => {
		for (const result of results) {
			const { fully, partly, not_at_all } = result.shares!;
			expect(fully).toBe(percentOf(result.counts.fully, result.counts.answered));
			expect(partly).toBe(percentOf(result.counts.partly, result.counts.answered));
			expect(not_at_all).toBe(percentOf(result.counts.not_at_all, result.counts.answered));
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

	it('shows a three-way tie as 33/33/33 and says that the row does not add up to 100', () => {
		const tie = commitmentResults([
			testCity(1, 'F-- -- --- ---'),
			testCity(2, 'P-- -- --- ---'),
			testCity(3, 'N-- -- --- ---')
		]);
		expect(tie[0]!.shares).toEqual({ fully: 33, partly: 33, not_at_all: 33 });
		expect(sharesMayNotAddUp([tie[0]!.shares])).toBe(true);
		expect(sharesMayNotAddUp([results[0]!.shares, null])).toBe(false);
	});

	it('gives the same count of the same number of answers the same percentage on every commitment', () => {
		// Commitment 1: 7, 4 and 1 of 12 (58.3 + 33.3 + 8.3); commitment 2: 3, 7 and 2 of 12 (25 + 58.3 + 16.7).
		// Bending the first row to add up to 100 made its 7 of 12 read 59% beside the second row's 58%.
		const rows = ['FP', 'FP', 'FP', 'FP', 'FP', 'FP', 'FP', 'PF', 'PF', 'PF', 'PN', 'NN'];
		const twelve = rows.map((pair, i) => testCity(i + 1, `${pair}- -- --- ---`));
		const [first, second] = commitmentResults(twelve);
		expect(first!.shares).toEqual({ fully: 58, partly: 33, not_at_all: 8 });
		expect(second!.shares).toEqual({ fully: 25, partly: 58, not_at_all: 17 });
		expect(sharesMayNotAddUp([first!.shares])).toBe(true);
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
