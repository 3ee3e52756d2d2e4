import { describe, expect, it } from 'vitest';
import { testCity } from '$test-support/test-cities';
import { cityAnswersShown, disclosedGroup, filtersAllowed, minimumGroup } from './disclosure';

const aggregatesOnly = { status: 'published', cityAnswersPublic: false } as const;
const answersPublic = { status: 'published', cityAnswersPublic: true } as const;

describe('what the public may see of a cycle', () => {
	it('shows city answers only for a published cycle that promised it', () => {
		expect(cityAnswersShown(answersPublic)).toBe(true);
		expect(cityAnswersShown(aggregatesOnly)).toBe(false);
		for (const status of ['draft', 'open', 'closed'] as const)
			expect(cityAnswersShown({ status, cityAnswersPublic: true })).toBe(false);
	});

	it('takes one filter at a time when only aggregates are public', () => {
		expect(filtersAllowed(aggregatesOnly, { country: 'FI' })).toBe(true);
		expect(filtersAllowed(aggregatesOnly, { country: 'FI', signatory: true })).toBe(false);
		expect(filtersAllowed(answersPublic, { country: 'FI', signatory: true, sizeBand: 'unknown' })).toBe(true);
	});

	it(`withholds a group, or its rest, of fewer than ${minimumGroup} cities`, () => {
		const cities = [
			...Array.from({ length: 4 }, (_, i) => testCity(i, 'FFFFFFFFFFF', { countryCode: 'FI' })),
			...Array.from({ length: 5 }, (_, i) => testCity(10 + i, 'FFFFFFFFFFF', { countryCode: 'SE' }))
		];
		const finnish = disclosedGroup(aggregatesOnly, cities, { country: 'FI' });
		expect(finnish).toMatchObject({ refused: null, matching: 4, withheld: true });
		const swedish = disclosedGroup(aggregatesOnly, cities, { country: 'SE' });
		// Five Swedish cities, but the four left out could be told from the totals.
		expect(swedish).toMatchObject({ matching: 5, withheld: true });
		const more = [...cities, testCity(99, 'FFFFFFFFFFF', { countryCode: 'FI' })];
		expect(disclosedGroup(aggregatesOnly, more, { country: 'SE' })).toMatchObject({ withheld: false });
		expect(disclosedGroup(aggregatesOnly, cities, {})).toMatchObject({ matching: 9, withheld: false });
		expect(disclosedGroup(answersPublic, cities, { country: 'FI' })).toMatchObject({ withheld: false });
		expect(disclosedGroup(aggregatesOnly, cities, { country: 'FI', signatory: true })).toEqual({
			refused: 'one-filter-at-a-time'
		});
	});
});
