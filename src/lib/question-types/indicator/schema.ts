import { z } from 'zod';
import { bounds, itemBase, refineBounds, unitSchema } from '$lib/domain/questionnaire/item-base';

/** An Integrating Cities Indicator: a figure always with year, source and the definition of migrant it uses. */
export const indicatorItemSchema = z
	.strictObject({
		...itemBase,
		type: z.literal('indicator'),
		unit: unitSchema,
		...bounds
	})
	.superRefine(refineBounds);
export type IndicatorItem = z.infer<typeof indicatorItemSchema>;
