import type { CityResult } from './types';

/**
 * City size bands by municipal population. 250,000 is the population from which a city may be a full
 * member of Eurocities; 500,000 is the OECD's lower bound for a metropolitan area; 1,000,000 is our choice,
 * setting the largest cities apart. Lower bounds are inclusive: 250,000 is in '250k_500k'.
 */
export const sizeBands = ['under_250k', '250k_500k', '500k_1m', '1m_plus'] as const;
export type SizeBand = (typeof sizeBands)[number];
export type SizeBandOrUnknown = SizeBand | 'unknown';

const lowerBounds: Record<SizeBand, number> = {
	under_250k: 0,
	'250k_500k': 250_000,
	'500k_1m': 500_000,
	'1m_plus': 1_000_000
};

export function sizeBandOf(population: number | null): SizeBandOrUnknown {
	if (population === null || !Number.isFinite(population) || population < 0) return 'unknown';
	return [...sizeBands].reverse().find((band) => population >= lowerBounds[band]) ?? 'under_250k';
}

/** Each criterion left undefined lets every city through. */
export interface CityFilter {
	/** ISO 3166-1 alpha-2, as stored. */
	country?: string;
	sizeBand?: SizeBandOrUnknown;
	signatory?: boolean;
}

type FilterableCity = Pick<CityResult, 'countryCode' | 'population' | 'signatory'>;

export function filterCities<C extends FilterableCity>(cities: readonly C[], filter: CityFilter): C[] {
	return cities.filter(
		(city) =>
			(filter.country === undefined || city.countryCode === filter.country) &&
			(filter.sizeBand === undefined || sizeBandOf(city.population) === filter.sizeBand) &&
			(filter.signatory === undefined || city.signatory === filter.signatory)
	);
}

/** The choices a filter form can offer for these cities: only values some city has, in a fixed order. */
export function filterChoices(cities: readonly FilterableCity[]): {
	countries: string[];
	sizeBands: SizeBandOrUnknown[];
	signatory: boolean[];
} {
	const bands = new Set(cities.map((city) => sizeBandOf(city.population)));
	const signatory = new Set(cities.map((city) => city.signatory));
	return {
		countries: [...new Set(cities.map((city) => city.countryCode))].sort(),
		sizeBands: [...sizeBands, 'unknown' as const].filter((band) => bands.has(band)),
		signatory: [true, false].filter((value) => signatory.has(value))
	};
}
