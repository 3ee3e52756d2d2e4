import { z } from 'zod';
import { itemBase } from '$lib/domain/questionnaire/item-base';

export const attachmentKinds = ['pdf', 'docx', 'xlsx', 'png', 'jpeg'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

/** Files a city uploads (a strategy, a report), stored elsewhere and described in the answer. */
export const attachmentsItemSchema = z.strictObject({
	...itemBase,
	type: z.literal('attachments'),
	maxFiles: z.number().int().positive(),
	maxBytes: z.number().int().positive(),
	accept: z.array(z.enum(attachmentKinds)).min(1)
});
export type AttachmentsItem = z.infer<typeof attachmentsItemSchema>;

export interface AttachmentValue {
	fileId: string;
	name: string;
	bytes: number;
	kind: AttachmentKind;
}

export const attachmentKeys = ['fileId', 'name', 'bytes', 'kind'];
