import type { AttachmentKind, AttachmentsItem } from '$lib/domain/questionnaire/definition';

// What attached files may be, shared by the upload form (its hint and file picker) and the server (its checks
// and downloads).

/**
 * The largest file one upload may carry. server.js lets request bodies reach 6 MB (BODY_SIZE_LIMIT), which
 * leaves room for the multipart envelope around a 5 MB file; raise both together.
 */
export const maxUploadBytes = 5 * 1024 * 1024;

/** What a file attached to this item may weigh: the item's own limit, but never more than one upload carries. */
export function uploadLimit(item: Pick<AttachmentsItem, 'maxBytes'>): number {
	return Math.min(item.maxBytes, maxUploadBytes);
}

/** Megabytes with one decimal, as the validation messages give them ('answer.fileTooLarge'). */
export function megabytes(bytes: number): number {
	return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

export const contentTypes: Record<AttachmentKind, string> = {
	pdf: 'application/pdf',
	png: 'image/png',
	jpeg: 'image/jpeg',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** The usual file name extensions of each kind, the preferred one first. */
export const extensions: Record<AttachmentKind, string[]> = {
	pdf: ['pdf'],
	png: ['png'],
	jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
	docx: ['docx'],
	xlsx: ['xlsx']
};

/** The file input's `accept`: lets the picker offer only these kinds (the server still checks the content). */
export function acceptAttribute(kinds: readonly AttachmentKind[]): string {
	return kinds.flatMap((kind) => [...extensions[kind].map((e) => `.${e}`), contentTypes[kind]]).join(',');
}
