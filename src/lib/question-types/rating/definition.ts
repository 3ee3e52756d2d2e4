export type { RatingItem } from './schema';

/** The self-assessment scale of the Charter reports ("on the way" in 2013 counts as partly). */
export const ratings = ['fully', 'partly', 'not_at_all'] as const;
export type Rating = (typeof ratings)[number];

export interface RatingValue {
	rating: Rating;
	evidence: string;
}
