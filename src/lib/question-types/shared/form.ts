import { fieldName } from '$lib/domain/questionnaire/fields';
import { isRecord, maxRawEntries, own, parseDecimal, parseYear } from '$lib/domain/questionnaire/normalise';

/**
 * Between HTML forms and answers, for every type's form.ts. Reading keeps what was typed when it does not parse
 * ('12,5x' stays a string), so validation can say what is wrong and the page can show the input again.
 */

export type FormSource = FormData | URLSearchParams;
export type FormFields = Record<string, string | string[]>;

export function textOf(form: FormSource, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

export function checked(form: FormSource, name: string): boolean {
	return form.getAll(name).some((v) => typeof v === 'string' && v !== '' && v !== 'false');
}

export function numberOrText(raw: string): number | string {
	return raw.trim() === '' ? '' : (parseDecimal(raw) ?? raw);
}

export function yearOrText(raw: string): number | string {
	return parseYear(raw) ?? raw;
}

/** Rows `<itemId>.<row>.<key>` in row order, renumbered from 0, fully blank rows left out. */
export function readRows(form: FormSource, itemId: string, keys: string[]): Record<string, string>[] {
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
		.map((index) => Object.fromEntries(keys.map((key) => [key, textOf(form, fieldName(itemId, index, key))])))
		.filter((row) => Object.values(row).some((cell) => cell.trim() !== ''));
}

export function rowFields(itemId: string, value: unknown, keys: string[]): FormFields {
	const fields: FormFields = {};
	if (!Array.isArray(value) || value.length > maxRawEntries) return fields;
	// Rows keep their position, so fields line up with validation's errors on the same value.
	value.forEach((row, index) => {
		if (isRecord(row)) for (const key of keys) fields[fieldName(itemId, index, key)] = str(own(row, key));
	});
	return fields;
}

/** A value as an input shows it; numbers as String() writes them, which parseDecimal reads back exactly. */
export function str(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return '';
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
