import {
	fieldName,
	itemsOf,
	itemValueFromForm,
	validateDraftAnswer,
	type Definition,
	type Item,
	type ValidationContext,
	type ValidationMessageKey
} from '$lib/domain/questionnaire';
import { typeOf } from '$lib/question-types/registry';

/** One filled row of the sheet "Answers": its number in the sheet, the Field column and the Answer column. */
export interface SheetRow {
	row: number;
	field: string;
	text: string;
}

export type ImportMessageKey =
	| ValidationMessageKey
	| 'import.unreadable'
	| 'import.unpackedTooLarge'
	| 'import.unknownField'
	| 'import.duplicateField'
	| 'import.yesOrNo'
	| 'import.tooManyRows';

/** A problem with the file (row 0) or with one row of it; `field` is what the Field column says. */
export interface ImportError {
	row: number;
	field: string;
	message: ImportMessageKey;
	params?: Record<string, string | number>;
}

export type ImportRead = { ok: true; values: Record<string, unknown> } | { ok: false; errors: ImportError[] };

/**
 * The answers a sheet gives, by item id, for the items that have at least one row in it (null clears an
 * answer); or every problem found, by row. Each item is read as the form would send it and validated as a
 * save validates it (a draft: blank is allowed, required items are asked for on submission), so a value
 * accepted here is one the answer pages accept too.
 */
export function answersFromRows(
	definition: Definition,
	rows: SheetRow[],
	context: ValidationContext
): ImportRead {
	const items = new Map(itemsOf(definition).map(({ item }) => [item.id, item]));
	const errors: ImportError[] = [];
	const byItem = new Map<string, { item: Item; rows: SheetRow[] }>();
	const seen = new Set<string>();
	for (const row of rows) {
		const item = items.get(row.field.split('.')[0] ?? '');
		if (!item || !typeOf(item).sheet.holds(item, row.field)) errors.push(problem(row, 'import.unknownField'));
		else if (seen.has(row.field)) errors.push(problem(row, 'import.duplicateField'));
		else {
			seen.add(row.field);
			const group = byItem.get(item.id) ?? { item, rows: [] };
			group.rows.push(row);
			byItem.set(item.id, group);
		}
	}
	const values: Record<string, unknown> = {};
	for (const { item, rows: itemRows } of byItem.values()) {
		const read = readItem(item, itemRows, context);
		if (read.ok) values[item.id] = read.value;
		else errors.push(...read.errors);
	}
	if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
	return { ok: true, values };
}

function problem(row: SheetRow, message: ImportMessageKey): ImportError {
	return { row: row.row, field: row.field, message };
}

/** A sheet row under the form field name it is read as, and the list entry it belongs to. */
interface Placed {
	name: string;
	row: SheetRow;
	entry?: { index: number; sheetIndex: number };
}

function readItem(
	item: Item,
	rows: SheetRow[],
	context: ValidationContext
): { ok: true; value: unknown } | { ok: false; errors: ImportError[] } {
	const form = new URLSearchParams();
	const errors: ImportError[] = [];
	const placed = place(item, rows);
	const toForm = typeOf(item).sheet.toForm ?? asTyped;
	for (const { name, row } of placed) {
		const unreadable = toForm(item, name, row.text, form);
		if (unreadable) errors.push(problem(row, unreadable));
	}
	const result = validateDraftAnswer(item, itemValueFromForm(item, form), context);
	if (result.ok && errors.length === 0) return { ok: true, value: result.value };
	for (const found of result.ok ? [] : result.errors) {
		const at = locate(found.field, placed, rows);
		errors.push({ ...at, message: found.message, ...(found.params ? { params: found.params } : {}) });
	}
	return { ok: false, errors };
}

/** A row's text goes into the form under the field's name, unless the type reads its rows otherwise. */
function asTyped(_item: Item, field: string, text: string, form: URLSearchParams): null {
	form.set(field, text);
	return null;
}

/**
 * Entries are numbered as the forms read them: in order from 0, fully blank entries left out. The
 * fields of validateAnswer's errors then name the entries placed here, whatever numbers the sheet used.
 */
function place(item: Item, rows: SheetRow[]): Placed[] {
	const entryOf = typeOf(item).sheet.entryOf;
	if (!entryOf) return rows.map((row) => ({ name: row.field, row }));
	const groups = new Map<number, { row: SheetRow; key: string }[]>();
	for (const row of rows) {
		const entry = entryOf(item, row.field);
		if (entry) groups.set(entry.index, [...(groups.get(entry.index) ?? []), { row, key: entry.key }]);
	}
	const placed: Placed[] = [];
	let index = 0;
	for (const sheetIndex of [...groups.keys()].sort((a, b) => a - b)) {
		const group = groups.get(sheetIndex) ?? [];
		if (group.every(({ row }) => row.text.trim() === '')) continue;
		for (const { row, key } of group)
			placed.push({ name: fieldName(item.id, index, key), row, entry: { index, sheetIndex } });
		index++;
	}
	return placed;
}

/** The sheet row and Field an error is about; a part whose row was deleted points at its entry or its item. */
function locate(field: string, placed: Placed[], rows: SheetRow[]): { row: number; field: string } {
	const exact = placed.find((p) => p.name === field);
	if (exact) return { row: exact.row.row, field: exact.row.field };
	const index = /^[^.]+\.(\d+)\./.exec(field)?.[1];
	const sibling = index === undefined ? undefined : placed.find((p) => p.entry?.index === Number(index));
	if (sibling?.entry)
		return {
			row: sibling.row.row,
			field: field.replace(/^([^.]+)\.\d+\./, `$1.${sibling.entry.sheetIndex}.`)
		};
	return { row: placed[0]?.row.row ?? rows[0]?.row ?? 0, field };
}
