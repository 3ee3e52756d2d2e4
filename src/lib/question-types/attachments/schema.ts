import { z } from 'zod';
import { itemBase } from '$lib/domain/questionnaire/item-base';
import { attachmentKinds } from './definition';

/** Files a city uploads (a strategy, a report), stored elsewhere and described in the answer. */
export const attachmentsItemSchema = z.strictObject({
	...itemBase,
	type: z.literal('attachments'),
	maxFiles: z.number().int().positive(),
	maxBytes: z.number().int().positive(),
	accept: z.array(z.enum(attachmentKinds)).min(1)
});
export type AttachmentsItem = z.infer<typeof attachmentsItemSchema>;
