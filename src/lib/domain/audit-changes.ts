/**
 * An audit entry's before/after values as a person reads them: for two records, only the fields that changed
 * ("state: submitted → returned"); the full values stay available as JSON for anything this leaves out.
 */

export interface FieldChange {
	key: string;
	/** Display text of the value; null when the field was absent or empty on that side. */
	before: string | null;
	after: string | null;
}

export type ChangeView =
	| { kind: 'none' }
	/** Both sides are records (or one side is missing): the fields that differ. */
	| { kind: 'fields'; changes: FieldChange[] }
	/** Something else (a list, a number, text): both sides as display text. */
	| { kind: 'value'; before: string | null; after: string | null };

const longest = 120;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Short display text of one value; long or nested values are cut, the JSON view has them whole. */
export function displayValue(value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > longest ? `${text.slice(0, longest - 1)}…` : text;
}

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What changed between two recorded values. `show` says a field's value (the recorded text by default; the
 * audit page says it in words), and `keep` chooses the fields worth naming.
 */
export function describeChange(
	before: unknown,
	after: unknown,
	show: (key: string, value: unknown) => string | null = (_key, value) => displayValue(value),
	keep: (key: string) => boolean = () => true
): ChangeView {
	const hasBefore = before !== null && before !== undefined;
	const hasAfter = after !== null && after !== undefined;
	if (!hasBefore && !hasAfter) return { kind: 'none' };
	if ((isRecord(before) || !hasBefore) && (isRecord(after) || !hasAfter)) {
		const from = isRecord(before) ? before : {};
		const to = isRecord(after) ? after : {};
		const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter(keep);
		const changes = keys
			.filter((key) => !same(from[key], to[key]))
			.map((key) => ({ key, before: show(key, from[key]), after: show(key, to[key]) }));
		return { kind: 'fields', changes };
	}
	return { kind: 'value', before: displayValue(before), after: displayValue(after) };
}

/** The recorded values as indented JSON, for the "show the recorded values" disclosure. */
export function rawJson(value: unknown): string {
	return value === null || value === undefined ? '' : JSON.stringify(value, null, 2);
}
