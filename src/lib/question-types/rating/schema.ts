import { z } from 'zod';
import { itemBase } from '$lib/domain/questionnaire/item-base';

/** A self-assessment of one Charter commitment, with the evidence that makes it credible. */
export const ratingItemSchema = z.strictObject({
	...itemBase,
	type: z.literal('rating'),
	commitment: z.number().int().min(1).max(11)
});
export type RatingItem = z.infer<typeof ratingItemSchema>;
