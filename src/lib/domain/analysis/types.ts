import { commitments, type RoleKey } from '../charter';
import type { IndicatorValue, Rating } from '../questionnaire/values';

/** The Charter's commitments, numbered as the reports number them. */
export type CommitmentNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
export const commitmentNumbers: readonly CommitmentNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/** A city's rating of every commitment, exactly as the questionnaire stores it; null when not answered. */
export type CommitmentRatings = Record<CommitmentNumber, Rating | null>;

/** What a city wrote about one commitment: the rating's evidence and the two text items beside it. */
export interface CommitmentTexts {
	evidence: string;
	examples: string;
	challenges: string;
	/** The language each text is written in (the answer's own, else the response's); absent when unknown. */
	languages?: Partial<Record<'evidence' | 'examples' | 'challenges', string>>;
}

/**
 * One responding city of a cycle, as the analysis reads it. The facts about the city (country, population,
 * signatory) are those the filters use; `signatory` means signed by the cycle's reference date, not today.
 */
export interface CityResult {
	cityId: number;
	/** For links to the city's public profile (/cities/{slug}) and for exports. */
	citySlug: string;
	cityName: string;
	countryCode: string;
	/** Municipal population; null when unknown (the city then falls in the 'unknown' size band). */
	population: number | null;
	signatory: boolean;
	ratings: CommitmentRatings;
	/** Texts by commitment; a commitment is missing when the city wrote nothing about it. */
	texts: Partial<Record<CommitmentNumber, CommitmentTexts>>;
	/** Integrating Cities Indicator figures by item id ('foreign-born-share', …); missing when not given. */
	indicators: Record<string, IndicatorValue>;
}

/** The role a commitment belongs to (1–3 policy maker, 4–5 service provider, 6–8 employer, 9–11 buyer). */
export function roleOf(commitment: CommitmentNumber): RoleKey {
	const found = commitments.find((c) => c.number === commitment);
	if (!found) throw new Error(`No commitment ${commitment}`);
	return found.role;
}

/** Every commitment unanswered: the starting point for building a city's ratings. */
export function noRatings(): CommitmentRatings {
	return {
		1: null,
		2: null,
		3: null,
		4: null,
		5: null,
		6: null,
		7: null,
		8: null,
		9: null,
		10: null,
		11: null
	};
}
