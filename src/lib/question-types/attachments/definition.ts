export type { AttachmentsItem } from './schema';

export const attachmentKinds = ['pdf', 'docx', 'xlsx', 'png', 'jpeg'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export interface AttachmentValue {
	fileId: string;
	name: string;
	bytes: number;
	kind: AttachmentKind;
}

export const attachmentKeys = ['fileId', 'name', 'bytes', 'kind'];
