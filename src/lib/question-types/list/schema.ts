import { z } from 'zod';
import { fieldKey, itemBase, localizedTextSchema } from '$lib/domain/questionnaire/item-base';

/** Repeatable rows of a few fields each (good practices). */
const listFieldSchema = z.strictObject({
	key: fieldKey,
	label: localizedTextSchema,
	kind: z.enum(['text', 'textarea', 'year', 'url']),
	required: z.boolean()
});
export type ListField = z.infer<typeof listFieldSchema>;

export const listItemSchema = z
	.strictObject({
		...itemBase,
		type: z.literal('list'),
		fields: z.array(listFieldSchema).min(1),
		maxRows: z.number().int().positive().optional()
	})
	.superRefine((item, ctx) => {
		if (new Set(item.fields.map((f) => f.key)).size !== item.fields.length)
			ctx.addIssue({ code: 'custom', message: 'List field keys must be unique', path: ['fields'] });
	});
export type ListItem = z.infer<typeof listItemSchema>;
