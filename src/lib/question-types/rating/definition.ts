import { z } from 'zod';
import { itemBase } from '$lib/domain/questionnaire/item-base';

/** A self-assessment of one Charter commitment, with the evidence that makes it credible. */
export const ratingItemSchema = z.strictObject({
	...itemBase,
	type: z.literal('rating'),
	commitment: z.number().int().min(1).max(11)
});
export type RatingItem = z.infer<typeof ratingItemSchema>;

/** The self-assessment scale of the Charter reports ("on the way" in 2013 counts as partly). */
export const ratings = ['fully', 'partly', 'not_at_all'] as const;
export type Rating = (typeof ratings)[number];

export interface RatingValue {
	rating: Rating;
	evidence: string;
}
