import { z } from 'zod';

/** Merging a duplicate practice into another: the one kept, and the confirmation that it cannot be undone. */
export const practiceMergeSchema = z.object({
	into: z
		.string()
		.regex(/^\d{1,9}$/, 'curation.mergeTargetRequired')
		.transform(Number),
	confirm: z.literal('yes', 'curation.mergeConfirmRequired')
});
