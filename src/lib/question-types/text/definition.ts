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

// Items without their own limit still get one, so a pasted book cannot bloat a response.
export const defaultMaxLength = { singleLine: 500, multiline: 10_000 };
