import { error, type AnswerError, type Assessment } from '$lib/domain/questionnaire/assessment';
import { isRecord, normaliseText, own } from '$lib/domain/questionnaire/normalise';
import { finish, rowsOf } from '../shared/rows';
import { attachmentKinds, type AttachmentsItem, type AttachmentValue } from './definition';

/**
 * Files already stored elsewhere, described by id, name, size and kind. Errors point at the upload input
 * (`<itemId>`) and name the file, as the GOV.UK file upload pattern does.
 */
export function assessAttachments(item: AttachmentsItem, value: unknown): Assessment<AttachmentValue[]> {
	const entries = rowsOf(item.id, value, item.maxFiles, 'answer.tooManyFiles');
	if (!Array.isArray(entries)) return entries;
	const errors: AnswerError[] = [];
	const files: AttachmentValue[] = [];
	for (const { entry } of entries) {
		const file = readFile(entry);
		if (!file) {
			errors.push(error(item.id, 'answer.invalid'));
			continue;
		}
		if (files.some((f) => f.fileId === file.fileId)) continue;
		if (!(item.accept as string[]).includes(file.kind))
			errors.push(error(item.id, 'answer.fileType', { name: file.name, accept: acceptList(item) }));
		if (file.bytes > item.maxBytes)
			errors.push(
				error(item.id, 'answer.fileTooLarge', { name: file.name, maxMb: megabytes(item.maxBytes) })
			);
		files.push(file);
	}
	return finish(item.id, files, errors, item.maxFiles, 'answer.tooManyFiles');
}

function readFile(entry: unknown): AttachmentValue | null {
	if (!isRecord(entry)) return null;
	const fileId = normaliseText(own(entry, 'fileId'));
	const name = normaliseText(own(entry, 'name'));
	const kind = normaliseText(own(entry, 'kind'))?.toLowerCase();
	const rawBytes = own(entry, 'bytes');
	const bytes =
		typeof rawBytes === 'string' && /^\d{1,15}$/.test(rawBytes.trim()) ? Number(rawBytes) : rawBytes;
	if (!fileId || fileId.length > 200 || !name || name.length > 255) return null;
	if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) return null;
	if (!kind || !(attachmentKinds as readonly string[]).includes(kind)) return null;
	return { fileId, name, bytes, kind: kind as AttachmentValue['kind'] };
}

function acceptList(item: AttachmentsItem): string {
	const names = item.accept.map((kind) => kind.toUpperCase());
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
}

function megabytes(bytes: number): number {
	return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
