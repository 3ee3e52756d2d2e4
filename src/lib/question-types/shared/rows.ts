import {
	done,
	empty,
	error,
	textError,
	type AnswerError,
	type Assessment,
	type ValidationContext
} from './assessment';
import {
	attachmentKinds,
	type AttachmentsItem,
	type LinksItem,
	type ListField,
	type ListItem
} from './definition';
import { fieldName } from './fields';
import { isBlank, isRecord, isWebAddress, maxRawEntries, normaliseText, own, parseYear } from './normalise';
import type { AttachmentValue, LinkValue, ListRow } from './values';

// Limits for items that set none: generous for people, small enough to keep a response a sensible size.
export const defaultMaxRows = 100;
export const maxLinks = 20;
const maxCellLength = { text: 500, textarea: 5000, year: 4, url: 2000 } as const;
const maxLinkTitleLength = 300;

/** Years of a practice: it may have started long before the cycle, and its end may be planned. */
export function listYearRange(context: ValidationContext): { min: number; max: number } {
	return { min: 1900, max: context.cycleEndYear + 10 };
}

/**
 * Repeatable rows. Fully blank rows are dropped (a form always shows a spare one). Errors name a row by its
 * position in the value given, which is how form-values.ts numbers the rows it reads.
 */
export function assessList(
	item: ListItem,
	value: unknown,
	context: ValidationContext
): Assessment<ListRow[]> {
	const maxRows = item.maxRows ?? defaultMaxRows;
	const entries = rowsOf(item.id, value, maxRows, 'answer.tooManyRows');
	if (!Array.isArray(entries)) return entries;
	const errors: AnswerError[] = [];
	const rows: ListRow[] = [];
	const firstKey = item.fields[0]?.key ?? '';
	for (const { entry, index } of entries) {
		if (!isRecord(entry)) {
			errors.push(error(fieldName(item.id, index, firstKey), 'answer.invalid'));
			continue;
		}
		const cells = item.fields.map((field) => ({ field, text: normaliseText(own(entry, field.key)) }));
		if (cells.every((cell) => cell.text === '')) continue;
		const row: ListRow = {};
		for (const { field, text } of cells)
			row[field.key] = checkCell(fieldName(item.id, index, field.key), field, text, context, errors);
		rows.push(row);
	}
	return finish(item.id, rows, errors, maxRows, 'answer.tooManyRows');
}

function checkCell(
	name: string,
	field: ListField,
	text: string | null,
	context: ValidationContext,
	errors: AnswerError[]
): string {
	if (text === null || text === '') {
		if (text === null) errors.push(error(name, 'answer.invalid'));
		else if (field.required) errors.push(error(name, 'answer.fieldRequired'));
		return '';
	}
	if (field.kind === 'year') {
		const year = parseYear(text);
		const { min, max } = listYearRange(context);
		if (year === null) errors.push(error(name, 'answer.yearInvalid'));
		else if (year < min || year > max) errors.push(error(name, 'answer.yearRange', { min, max }));
		return text;
	}
	if (field.kind === 'url') {
		if (!isWebAddress(text)) errors.push(error(name, 'answer.invalidUrl'));
		return text;
	}
	// A one-line input cannot hold a line break (see assessText).
	const cell = field.kind === 'text' ? text.replace(/\s*\n\s*/g, ' ') : text;
	const problem = textError(name, cell, maxCellLength[field.kind]);
	if (problem) errors.push(problem);
	return cell;
}

/** Web links: an http(s) address with an optional title. */
export function assessLinks(item: LinksItem, value: unknown): Assessment<LinkValue[]> {
	const entries = rowsOf(item.id, value, maxLinks, 'answer.tooManyRows');
	if (!Array.isArray(entries)) return entries;
	const errors: AnswerError[] = [];
	const links: LinkValue[] = [];
	for (const { entry, index } of entries) {
		const urlField = fieldName(item.id, index, 'url');
		if (!isRecord(entry)) {
			errors.push(error(urlField, 'answer.invalid'));
			continue;
		}
		const url = normaliseText(own(entry, 'url'));
		const title = normaliseText(own(entry, 'title'));
		if (url === '' && title === '') continue;
		if (url === null || !isWebAddress(url)) errors.push(error(urlField, 'answer.invalidUrl'));
		const titleProblem = textError(fieldName(item.id, index, 'title'), title, maxLinkTitleLength);
		if (titleProblem) errors.push(titleProblem);
		links.push({ url: url ?? '', title: (title ?? '').replace(/\s*\n\s*/g, ' ') });
	}
	return finish(item.id, links, errors, maxLinks, 'answer.tooManyRows');
}

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

type Entry = { entry: unknown; index: number };

/** The non-blank entries of an array answer, or the assessment to return at once. */
function rowsOf(
	itemId: string,
	value: unknown,
	max: number,
	tooMany: 'answer.tooManyRows' | 'answer.tooManyFiles'
): Entry[] | Assessment<never> {
	if (isBlank(value)) return empty;
	if (!Array.isArray(value)) return { kind: 'errors', errors: [error(itemId, 'answer.invalid')] };
	// Not walked: a sparse array can claim billions of rows.
	if (value.length > maxRawEntries) return { kind: 'errors', errors: [error(itemId, tooMany, { max })] };
	const entries: Entry[] = [];
	for (let index = 0; index < value.length; index++)
		if (!isBlank(value[index])) entries.push({ entry: value[index], index });
	return entries;
}

function finish<V>(
	itemId: string,
	values: V[],
	errors: AnswerError[],
	max: number,
	tooMany: 'answer.tooManyRows' | 'answer.tooManyFiles'
): Assessment<V[]> {
	if (values.length > max) errors.unshift(error(itemId, tooMany, { max }));
	if (values.length === 0 && errors.length === 0) return empty;
	return done(values, errors);
}
