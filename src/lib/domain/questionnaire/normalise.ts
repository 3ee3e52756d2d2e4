/**
 * Safe readers for answers of unknown shape. Answers come from forms, from autosaved JSON and from older
 * questionnaire versions, so nothing here trusts a type and nothing here throws.
 */

export type UnknownRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is UnknownRecord {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: a key like 'constructor' must not pick up Object.prototype's. */
export function own(record: unknown, key: string): unknown {
	return isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** null, undefined, a blank string or an empty array: "not answered". */
export function isBlank(value: unknown): boolean {
	if (value === null || value === undefined) return true;
	if (typeof value === 'string') return value.trim() === '';
	return Array.isArray(value) && value.length === 0;
}

/** Arrays longer than this are junk whatever the item allows; they are refused without being walked. */
export const maxRawEntries = 1000;

/** Strings longer than this are refused before they are normalised (every item allows far less). */
const maxRawLength = 1_000_000;

/**
 * Text as stored: trimmed, line breaks as '\n' (so a limit counts what the browser's maxlength counts), without
 * NUL and with lone surrogates replaced, which PostgreSQL refuses in text and jsonb.
 * Returns null when the value is not text at all (null and undefined are ''). An overlong string comes back
 * cut just past the cap, not normalised: it fails every length limit anyway.
 */
export function normaliseText(value: unknown): string | null {
	if (value === null || value === undefined) return '';
	if (typeof value !== 'string') return null;
	if (value.length > maxRawLength) return value.slice(0, maxRawLength + 1);
	return value
		.replace(/\r\n?/g, '\n')
		.replaceAll('\u0000', '')
		.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
		.trim();
}

/**
 * A decimal number as people type it: '12.5', '12,5' (decimal comma, usual in most member cities), '1 234'
 * (spaces group thousands), '−3' (typographic minus), '1e-7' (what String() gives for tiny numbers, so a stored
 * value survives a round trip through a form). Anything else is null: '1.234,5' or '1,234.5' are ambiguous
 * across the network's languages, so we ask rather than guess.
 */
export function parseDecimal(value: unknown): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? zeroSigned(value) : null;
	if (typeof value !== 'string' || value.length > 100) return null;
	const compact = value.replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/\u2212/g, '-');
	if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i.test(compact)) return null;
	const parsed = Number(compact.replace(',', '.'));
	return Number.isFinite(parsed) ? zeroSigned(parsed) : null;
}

/** -0 and 0 are the same answer; keeping -0 would make equal answers compare unequal. */
function zeroSigned(n: number): number {
	return n === 0 ? 0 : n;
}

/** A calendar year typed as 4 digits (or given as an integer), else null. */
export function parseYear(value: unknown): number | null {
	if (typeof value === 'number')
		return Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : null;
	if (typeof value !== 'string') return null;
	const trimmed = value.trim();
	return /^\d{4}$/.test(trimmed) ? Number(trimmed) : null;
}

/** An absolute http(s) address; anything else (javascript:, data:, relative paths) is refused. */
export function isWebAddress(value: string): boolean {
	if (value.length > 2000 || !/^https?:\/\/[^\s/?#]/i.test(value) || /\s/.test(value)) return false;
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}
