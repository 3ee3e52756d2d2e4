import { randomBytes } from 'node:crypto';
import type { AnswerError } from '$lib/domain/questionnaire/assessment';
import type { AttachmentKind, AttachmentsItem } from '$lib/domain/questionnaire/definition';
import type { AttachmentValue } from '$lib/domain/questionnaire/values';
import type { Actor } from '$lib/domain/response-access';
import { extensions, megabytes, uploadLimit } from '$lib/files/uploads';
import type { Database } from '../db';
import { attachmentsItem, saveFiles, type AttachmentChangeResult } from '../files/attachments-item';
import { responseFileKey, type FileStore } from '../files/file-store';
import { sniffKind } from '../files/sniff';

export interface AttachFileInput {
	responseId: number;
	itemId: string;
	/** The name the person's computer gave the file: shown and offered on download, never trusted. */
	name: string;
	data: Uint8Array;
}

export type AttachFileResult =
	| Exclude<AttachmentChangeResult, { ok: true }>
	| { ok: true; revision: number; value: AttachmentValue[]; file: AttachmentValue };

/**
 * Attaches one uploaded file to an attachments item: the same people as for saving the item may do it, and the
 * file must be of a kind the item accepts (judged by its content), small enough, and not one too many. The
 * bytes are stored first and the item's new value saved after, as a new revision; if that save fails the
 * bytes go again, so no value ever points at a missing file.
 */
export async function attachFile(
	db: Database,
	files: FileStore,
	actor: Actor,
	input: AttachFileInput
): Promise<AttachFileResult> {
	const target = await attachmentsItem(db, actor, input.responseId, input.itemId);
	if (!target.ok) return target;
	const { item, current } = target;

	const name = displayName(input.name);
	const kind = sniffKind(input.data);
	if (!kind || !item.accept.includes(kind))
		return { ok: false, reason: 'invalid', errors: [fileTypeError(item, name)] };
	const problem = sizeOrCountProblem(item, current.files.length, name, input.data.length);
	if (problem) return { ok: false, reason: 'invalid', errors: [problem] };

	// Random rather than counted: ids never collide, and one seen in a link or a log tells nothing about others.
	const file: AttachmentValue = {
		fileId: randomBytes(16).toString('base64url'),
		name: storedName(name, kind),
		bytes: input.data.length,
		kind
	};
	const key = responseFileKey(input.responseId, file.fileId);
	await files.put(key, input.data);
	let saved;
	try {
		saved = await saveFiles(db, actor, input, current.revision, [...current.files, file]);
	} catch (failure) {
		await files.remove(key);
		throw failure;
	}
	if (!saved.ok) {
		await files.remove(key);
		return saved;
	}
	return { ...saved, file };
}

/** Why the upload is refused besides its kind, with the messages and params the attachments type's validate.ts gives. */
function sizeOrCountProblem(
	item: AttachmentsItem,
	attached: number,
	name: string,
	bytes: number
): AnswerError | null {
	const limit = uploadLimit(item);
	if (bytes > limit)
		return { field: item.id, message: 'answer.fileTooLarge', params: { name, maxMb: megabytes(limit) } };
	if (attached + 1 > item.maxFiles)
		return { field: item.id, message: 'answer.tooManyFiles', params: { max: item.maxFiles } };
	return null;
}

function fileTypeError(item: AttachmentsItem, name: string): AnswerError {
	// Worded as question-types/attachments/validate.ts words it, so both paths give the person the same message.
	const kinds = item.accept.map((kind) => kind.toUpperCase());
	const accept = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}` : (kinds[0] ?? '');
	return { field: item.id, message: 'answer.fileType', params: { name, accept } };
}

const maxNameLength = 255;

/**
 * The file's own name, without any folder an old browser sent along, without control characters, and without
 * direction marks, which can make 'report<RLO>fdp.exe' read as 'reportexe.pdf'.
 */
function displayName(raw: string): string {
	// Sliced first: the name is the uploader's to choose, and a megabyte of it is not worth normalising.
	const base = (raw.split(/[\\/]/).pop() ?? '').slice(0, 1000);
	const clean = base
		.normalize('NFC')
		.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
		.trim();
	return clean || 'file';
}

/**
 * The name kept with the file: its extension matches what the file is, so whoever downloads it gets the
 * program that can open it ('scan.pdf' that is a PNG becomes 'scan.pdf.png'), and it fits the value's limit.
 */
function storedName(name: string, kind: AttachmentKind): string {
	const dot = name.lastIndexOf('.');
	const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
	const [stem, ending] = extensions[kind].includes(extension)
		? [name.slice(0, dot), name.slice(dot)]
		: [name, `.${extensions[kind][0]}`];
	let cut = stem.slice(0, maxNameLength - ending.length);
	// Cutting between the two halves of an emoji would leave a lone surrogate, which PostgreSQL refuses.
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	return cut + ending;
}
