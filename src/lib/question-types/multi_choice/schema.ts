import { z } from 'zod';
import { itemBase, optionsSchema } from '$lib/domain/questionnaire/item-base';

/** Any of a few options, as checkboxes. */
export const multiChoiceItemSchema = z.strictObject({
	...itemBase,
	type: z.literal('multi_choice'),
	options: optionsSchema
});
export type MultiChoiceItem = z.infer<typeof multiChoiceItemSchema>;
