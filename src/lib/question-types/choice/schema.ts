import { z } from 'zod';
import { itemBase, optionsSchema } from '$lib/domain/questionnaire/item-base';

/** One of a few options, as radios. */
export const choiceItemSchema = z.strictObject({
	...itemBase,
	type: z.literal('choice'),
	options: optionsSchema
});
export type ChoiceItem = z.infer<typeof choiceItemSchema>;
