import type { CommitmentRatings } from './types';

/** One published cycle as a city's public profile shows it: its own ratings only when the cycle made them public. */
export interface PublishedCycleRatings {
	slug: string;
	name: string;
	/** Whether the cycle made each city's answers public; if not, `ratings` is null and only aggregates are. */
	cityAnswersPublic: boolean;
	illustrative: boolean;
	ratings: CommitmentRatings | null;
}
