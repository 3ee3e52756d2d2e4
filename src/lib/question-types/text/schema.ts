import { z } from 'zod';
import { itemBase } from '$lib/domain/questionnaire/item-base';

/** Free text on one line or several. */
export const textItemSchema = z.strictObject({
	...itemBase,
	type: z.literal('text'),
	multiline: z.boolean(),
	maxLength: z.number().int().positive().optional()
});
export type TextItem = z.infer<typeof textItemSchema>;
