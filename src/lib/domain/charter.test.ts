import { describe, expect, it } from 'vitest';
import { commitments, commitmentsOfRole, roles } from './charter';
import { locales } from './locale';

describe('the Charter', () => {
	it('has eleven commitments numbered 1 to 11 in report order', () => {
		expect(commitments.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
	});

	it('groups the commitments under the four roles as the reports do (3, 2, 3, 3)', () => {
		expect(roles.map((role) => commitmentsOfRole(role.key).length)).toEqual([3, 2, 3, 3]);
	});

	it('has every commitment and role worded in every interface language', () => {
		for (const locale of locales) {
			for (const commitment of commitments) expect(commitment.text[locale].length).toBeGreaterThan(20);
			for (const role of roles) expect(role.name[locale].length).toBeGreaterThan(3);
		}
		expect(new Set(commitments.map((c) => c.text.fr)).size).toBe(11);
		expect(new Set(commitments.map((c) => c.text.de)).size).toBe(11);
	});
});
