import { ratingsFromLetters } from '$lib/domain/analysis/letters';
import type { CityResult } from '$lib/domain/analysis/types';

/** A responding city for hand-made test cycles: ratings as letters (see ratingsFromLetters), the rest plain. */
export function testCity(cityId: number, letters: string, overrides: Partial<CityResult> = {}): CityResult {
	return {
		cityId,
		citySlug: `city-${cityId}`,
		cityName: `City ${cityId}`,
		countryCode: 'FI',
		population: 300_000,
		signatory: true,
		ratings: ratingsFromLetters(letters),
		texts: {},
		indicators: {},
		...overrides
	};
}
