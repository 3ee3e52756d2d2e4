import { describe, expect, it } from 'vitest';
import { filterChoices, filterCities, sizeBandOf } from './filters';
import { commitmentResults } from './rating-counts';
import { testCity } from '$test-support/test-cities';

describe('size bands', () => {
	it('puts each population in one band, lower bounds included', () => {
		expect(sizeBandOf(214_000)).toBe('under_250k');
		expect(sizeBandOf(249_999)).toBe('under_250k');
		expect(sizeBandOf(250_000)).toBe('250k_500k');
		expect(sizeBandOf(499_999)).toBe('250k_500k');
		expect(sizeBandOf(500_000)).toBe('500k_1m');
		expect(sizeBandOf(1_000_000)).toBe('1m_plus');
		expect(sizeBandOf(8_800_000)).toBe('1m_plus');
		expect(sizeBandOf(0)).toBe('under_250k');
		expect(sizeBandOf(null)).toBe('unknown');
	});
});

describe('filters', () => {
	const cities = [
		testCity(1, 'FFF FF FFF FFF', { countryCode: 'FI', population: 674_000 }),
		testCity(2, 'PPP PP PPP PPP', { countryCode: 'FI', population: 214_000 }),
		testCity(3, 'NNN NN NNN NNN', { countryCode: 'CZ', population: 400_000, signatory: false }),
		testCity(4, 'FPN FP FPN FPN', { countryCode: 'CY', population: null, signatory: false })
	];
	const ids = (filter: Parameters<typeof filterCities>[1]) =>
		filterCities(cities, filter).map((c) => c.cityId);

	it('filters by country, size band and signatory, alone or together', () => {
		expect(ids({})).toEqual([1, 2, 3, 4]);
		expect(ids({ country: 'FI' })).toEqual([1, 2]);
		expect(ids({ sizeBand: 'under_250k' })).toEqual([2]);
		expect(ids({ sizeBand: 'unknown' })).toEqual([4]);
		expect(ids({ signatory: false })).toEqual([3, 4]);
		expect(ids({ country: 'FI', signatory: false })).toEqual([]);
	});

	it('feeds the counts, so a filtered chart counts only the chosen cities', () => {
		const finnish = commitmentResults(filterCities(cities, { country: 'FI' }));
		expect(finnish[0]!.counts).toMatchObject({ fully: 1, partly: 1, not_at_all: 0, answered: 2 });
	});

	it('offers only the choices some city has', () => {
		expect(filterChoices(cities)).toEqual({
			countries: ['CY', 'CZ', 'FI'],
			sizeBands: ['under_250k', '250k_500k', '500k_1m', 'unknown'],
			signatory: [true, false]
		});
		expect(filterChoices([])).toEqual({ countries: [], sizeBands: [], signatory: [] });
	});
});
