import type { Item } from './definition';
import { fieldName } from './fields';
import { isRecord, maxRawEntries, own, parseDecimal, parseYear } from './normalise';

/**
 * Between HTML forms and answers. Field names follow fields.ts. Reading keeps what was typed when it does not
 * parse ('12,5x' stays a string), so validateAnswer can say what is wrong and the page can show the input again.
 */

export type FormSource = FormData | URLSearchParams;
export type FormFields = Record<string, string | string[]>;

export interface RatingFormValue {
	rating: string;
	evidence: string;
}
export interface FigureFormValue {
	value: number | string;
	year?: number | string;
	source?: string;
}
export interface IndicatorFormValue {
	value: number | string;
	year: number | string;
	source: string;
	definition: string;
	differentDataSet: boolean;
	nationalOnly: boolean;
}
export interface AttachmentFormValue {
	fileId: string;
	name: string;
	bytes: number | string;
	kind: string;
}

/** The raw answer read from a form, in the shape validateAnswer expects. */
export type FormAnswer =
	| string
	| string[]
	| RatingFormValue
	| FigureFormValue
	| IndicatorFormValue
	| Record<string, string>[]
	| AttachmentFormValue[];

const linkKeys = ['url', 'title'];
const attachmentKeys = ['fileId', 'name', 'bytes', 'kind'];

export function itemValueFromForm(item: Item, form: FormSource): FormAnswer {
	const read = (...parts: (string | number)[]) => text(form, fieldName(item.id, ...parts));
	switch (item.type) {
		case 'rating':
			return { rating: read('rating'), evidence: read('evidence') };
		case 'text':
		case 'choice':
			return read();
		case 'multi_choice':
			return form.getAll(item.id).filter((v): v is string => typeof v === 'string');
		case 'number': {
			const figure: FigureFormValue = { value: numberOrText(read('value')) };
			if (item.withYear) figure.year = yearOrText(read('year'));
			if (item.withSource) figure.source = read('source');
			return figure;
		}
		case 'indicator':
			return {
				value: numberOrText(read('value')),
				year: yearOrText(read('year')),
				source: read('source'),
				definition: read('definition'),
				differentDataSet: checked(form, fieldName(item.id, 'differentDataSet')),
				nationalOnly: checked(form, fieldName(item.id, 'nationalOnly'))
			};
		case 'list':
			return readRows(
				form,
				item.id,
				item.fields.map((f) => f.key)
			);
		case 'links':
			return readRows(form, item.id, linkKeys) as { url: string; title: string }[];
		case 'attachments':
			return readRows(form, item.id, attachmentKeys).map((row) => ({
				fileId: row.fileId ?? '',
				name: row.name ?? '',
				bytes: /^\d{1,15}$/.test(row.bytes?.trim() ?? '') ? Number(row.bytes) : (row.bytes ?? ''),
				kind: row.kind ?? ''
			}));
	}
}

/** The form fields that show `value` (a normalised answer or a raw one read back), to prefill a form. */
export function formFieldsFromValue(item: Item, value: unknown): FormFields {
	const name = (...parts: (string | number)[]) => fieldName(item.id, ...parts);
	switch (item.type) {
		case 'rating':
			return { [name('rating')]: str(own(value, 'rating')), [name('evidence')]: str(own(value, 'evidence')) };
		case 'text':
		case 'choice':
			return { [item.id]: str(value) };
		case 'multi_choice':
			return { [item.id]: (Array.isArray(value) ? value : [value]).map(str).filter((v) => v !== '') };
		case 'number': {
			const parts = isRecord(value) ? value : { value };
			const fields: FormFields = { [name('value')]: str(own(parts, 'value')) };
			if (item.withYear) fields[name('year')] = str(own(parts, 'year'));
			if (item.withSource) fields[name('source')] = str(own(parts, 'source'));
			return fields;
		}
		case 'indicator': {
			const fields: FormFields = {};
			for (const part of ['value', 'year', 'source', 'definition'])
				fields[name(part)] = str(own(value, part));
			// An unchecked checkbox is absent from a submitted form, so only checked ones get a field.
			for (const flag of ['differentDataSet', 'nationalOnly'])
				if (own(value, flag) === true) fields[name(flag)] = 'on';
			return fields;
		}
		case 'list':
			return rowFields(
				item.id,
				value,
				item.fields.map((f) => f.key)
			);
		case 'links':
			return rowFields(item.id, value, linkKeys);
		case 'attachments':
			return rowFields(item.id, value, attachmentKeys);
	}
}

function text(form: FormSource, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

function checked(form: FormSource, name: string): boolean {
	return form.getAll(name).some((v) => typeof v === 'string' && v !== '' && v !== 'false');
}

function numberOrText(raw: string): number | string {
	return raw.trim() === '' ? '' : (parseDecimal(raw) ?? raw);
}

function yearOrText(raw: string): number | string {
	return parseYear(raw) ?? raw;
}

/** Rows `<itemId>.<row>.<key>` in row order, renumbered from 0, fully blank rows left out. */
function readRows(form: FormSource, itemId: string, keys: string[]): Record<string, string>[] {
	const pattern = new RegExp(
		`^${escapeRegExp(itemId)}\\.(\\d{1,4})\\.(${keys.map(escapeRegExp).join('|')})$`
	);
	const indexes = new Set<number>();
	for (const key of form.keys()) {
		const match = pattern.exec(key);
		if (match) indexes.add(Number(match[1]));
		// Enough to report "too many rows" without reading an abusive form to its end.
		if (indexes.size > maxRawEntries) break;
	}
	return [...indexes]
		.sort((a, b) => a - b)
		.map((index) => Object.fromEntries(keys.map((key) => [key, text(form, fieldName(itemId, index, key))])))
		.filter((row) => Object.values(row).some((cell) => cell.trim() !== ''));
}

function rowFields(itemId: string, value: unknown, keys: string[]): FormFields {
	const fields: FormFields = {};
	if (!Array.isArray(value) || value.length > maxRawEntries) return fields;
	// Rows keep their position, so fields line up with validateAnswer's errors on the same value.
	value.forEach((row, index) => {
		if (isRecord(row)) for (const key of keys) fields[fieldName(itemId, index, key)] = str(own(row, key));
	});
	return fields;
}

/** A value as an input shows it; numbers as String() writes them, which parseDecimal reads back exactly. */
function str(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return '';
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
