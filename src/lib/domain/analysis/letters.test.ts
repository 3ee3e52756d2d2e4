import { describe, expect, it } from 'vitest';
import { commitments } from '../charter';
import { ratingsFromLetters } from './letters';
import { commitmentNumbers } from './types';

describe('ratingsFromLetters', () => {
	it('reads eleven ratings, commitment 1 first, ignoring the spaces between roles', () => {
		const ratings = ratingsFromLetters('FPN -F FFF PPN');
		expect(ratings[1]).toBe('fully');
		expect(ratings[2]).toBe('partly');
		expect(ratings[3]).toBe('not_at_all');
		expect(ratings[4]).toBeNull();
		expect(ratings[11]).toBe('not_at_all');
	});

	it('refuses a wrong length or an unknown letter', () => {
		expect(() => ratingsFromLetters('FFF')).toThrow(/11/);
		expect(() => ratingsFromLetters('FFF FF FFF FFX')).toThrow(/11/);
	});

	it('numbers the commitments as the Charter does', () => {
		expect(commitmentNumbers).toEqual(commitments.map((c) => c.number));
	});
});
