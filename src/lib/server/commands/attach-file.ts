import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AnswerError } from '$lib/domain/questionnaire/assessment';
import type { AttachmentKind, AttachmentsItem } from '$lib/domain/questionnaire/definition';
import { validateDraftAnswer } from '$lib/domain/questionnaire/validate';
import type { AttachmentValue } from '$lib/domain/questionnaire/values';
import { canEditItem, type Actor } from '$lib/domain/response-access';
import { extensions, megabytes, uploadLimit } from '$lib/files/uploads';
import type { Database } from '../db';
import { answers } from '../db/schema';
import { responseFileKey, type FileStore } from '../files/file-store';
import { sniffKind } from '../files/sniff';
import { findItem, responseContext, type ResponseContext } from '../reads/response-context';
import { saveAnswer } from './save-answer';

export interface AttachFileInput {
	responseId: number;
	itemId: string;
	/** The name the person's computer gave the file: shown and offered on download, never trusted. */
	name: string;
	data: Uint8Array;
}

export type AttachmentChangeResult =
	| { ok: true; revision: number; value: AttachmentValue[] }
	| { ok: false; reason: 'invalid'; errors: AnswerError[] }
	/** Someone changed the item's files at the same moment; nothing was changed, the person tries again. */
	| { ok: false; reason: 'conflict' }
	| { ok: false; reason: 'forbidden' | 'not_found' };

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

/** The item and its files now, once the person is known to be allowed to change them. */
export async function attachmentsItem(
	db: Database,
	actor: Actor,
	responseId: number,
	itemId: string
): Promise<
	| { ok: true; context: ResponseContext; item: AttachmentsItem; current: CurrentFiles }
	| { ok: false; reason: 'forbidden' | 'not_found' }
	| { ok: false; reason: 'invalid'; errors: AnswerError[] }
> {
	const context = await responseContext(db, responseId);
	if (!context) return { ok: false, reason: 'not_found' };
	const found = findItem(context.definition, itemId);
	if (!found || found.item.type !== 'attachments') return { ok: false, reason: 'not_found' };
	if (!canEditItem(actor, context, found.section.id, itemId)) return { ok: false, reason: 'forbidden' };

	const [row] = await db
		.select({ value: answers.value, revision: answers.revision })
		.from(answers)
		.where(and(eq(answers.responseId, responseId), eq(answers.itemId, itemId)));
	const checked = validateDraftAnswer(found.item, row?.value ?? null, {
		cycleStartYear: context.cycleStartYear,
		cycleEndYear: context.cycleEndYear
	});
	if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
	return {
		ok: true,
		context,
		item: found.item,
		current: { files: checked.value ?? [], revision: row?.revision ?? 0 }
	};
}

interface CurrentFiles {
	files: AttachmentValue[];
	revision: number;
}

/** Saves the item's new list of files through saveAnswer, so the revision check and the history apply. */
export async function saveFiles(
	db: Database,
	actor: Actor,
	target: { responseId: number; itemId: string },
	baseRevision: number,
	files: AttachmentValue[]
): Promise<AttachmentChangeResult> {
	const { responseId, itemId } = target;
	const result = await saveAnswer(db, actor, { responseId, itemId, value: files, baseRevision });
	if (result.ok)
		return { ok: true, revision: result.revision, value: (result.value ?? []) as AttachmentValue[] };
	if (result.reason === 'conflict') return { ok: false, reason: 'conflict' };
	return result;
}

/** Why the upload is refused besides its kind, with the messages and params validate-collections.ts gives. */
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
	// Worded as validate-collections.ts words it, so both paths give the person the same message.
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
