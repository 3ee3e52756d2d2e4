import { z } from 'zod';

/**
 * What every question type's definition shares: its id, label, hint and whether it must be answered. Each type
 * adds its own fields in `src/lib/question-types/<type>/schema.ts`. Every object is strict so a typo in a
 * definition ('requiredwhen') fails loudly instead of silently dropping a rule.
 */

export const localizedTextSchema = z.strictObject({
	en: z.string().min(1),
	fr: z.string().min(1).optional(),
	de: z.string().min(1).optional(),
	es: z.string().min(1).optional(),
	it: z.string().min(1).optional()
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A figure's unit, translated like every other text ('people', 'personnes', …; a symbol such as '%' is written
 * in every language too). A definition stored before units were translated holds a plain string: it is read
 * as the English text, so it still opens, and its translations are added on the translations page.
 */
export const unitSchema = z.union([
	localizedTextSchema,
	z
		.string()
		.min(1)
		.transform((en): LocalizedText => ({ en }))
]);

// Server code finds `localized` here and in definition.ts as before; components import it from localized.ts.
export { localized } from './localized';

// Ids become HTML field names ('<itemId>.<part>'), so they must not contain dots or spaces.
export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use a kebab-case id');
// List field keys are the last segment of '<itemId>.<row>.<key>'.
export const fieldKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]*$/, 'Use a key of letters, digits, - and _');

/** The fields of every item, whatever its type. */
export const itemBase = {
	id: kebabId,
	label: localizedTextSchema,
	hint: localizedTextSchema.optional(),
	required: z.boolean(),
	/** Required when another item's value (a choice's value, a rating's rating) is one of `in`. */
	requiredWhen: z.strictObject({ item: kebabId, in: z.array(z.string().min(1)).min(1) }).optional(),
	/**
	 * Shown (and so asked) only when another item's saved value (a choice's value, a rating's rating) is one of
	 * `values`. A question not shown is never required; its saved answer is kept.
	 */
	shownWhen: z.strictObject({ item: kebabId, values: z.array(z.string().min(1)).min(1) }).optional()
};

/** Limits of a figure; min must not exceed max (see refineBounds). */
export const bounds = { min: z.number().optional(), max: z.number().optional() };

export function refineBounds(item: { min?: number; max?: number }, ctx: z.RefinementCtx): void {
	if (item.min !== undefined && item.max !== undefined && item.min > item.max)
		ctx.addIssue({ code: 'custom', message: 'min must not exceed max', path: ['min'] });
}

export const optionSchema = z.strictObject({ value: z.string().min(1), label: localizedTextSchema });
export type ChoiceOption = z.infer<typeof optionSchema>;

/** A choice's options, each value once. */
export const optionsSchema = z
	.array(optionSchema)
	.min(1)
	.superRefine((options, ctx) => {
		if (new Set(options.map((o) => o.value)).size !== options.length)
			ctx.addIssue({ code: 'custom', message: 'Option values must be unique' });
	});
