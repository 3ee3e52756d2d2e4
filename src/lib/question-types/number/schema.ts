import { z } from 'zod';
import { bounds, itemBase, refineBounds, unitSchema } from '$lib/domain/questionnaire/item-base';

/** A number with its unit, and a reference year and a source when the item asks for them. */
export const numberItemSchema = z
	.strictObject({
		...itemBase,
		type: z.literal('number'),
		unit: unitSchema,
		...bounds,
		integer: z.boolean().optional(),
		withYear: z.boolean(),
		withSource: z.boolean()
	})
	.superRefine(refineBounds);
export type NumberItem = z.infer<typeof numberItemSchema>;
