import type { Rating } from '../questionnaire/values';
import type { CityResult, CommitmentNumber, CommitmentTexts } from './types';

export interface CityTexts extends CommitmentTexts {
	cityId: number;
	citySlug: string;
	cityName: string;
	countryCode: string;
	rating: Rating | null;
}

/**
 * What every city wrote about one commitment, side by side, to write the report's narrative from: cities
 * that wrote nothing about it are left out; the rest in alphabetical order of their names.
 */
export function commitmentTexts(
	cities: readonly Pick<
		CityResult,
		'cityId' | 'citySlug' | 'cityName' | 'countryCode' | 'ratings' | 'texts'
	>[],
	commitment: CommitmentNumber
): CityTexts[] {
	return cities
		.flatMap((city) => {
			const texts = city.texts[commitment];
			if (!texts || !(texts.evidence || texts.examples || texts.challenges)) return [];
			return [
				{
					cityId: city.cityId,
					citySlug: city.citySlug,
					cityName: city.cityName,
					countryCode: city.countryCode,
					rating: city.ratings[commitment],
					...texts
				}
			];
		})
		.sort((a, b) => a.cityName.localeCompare(b.cityName, 'en') || a.cityId - b.cityId);
}
