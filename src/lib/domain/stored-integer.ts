import { z } from 'zod';

/**
 * Numbers a form or an address sends back to name a stored thing: a revision or version an edit started
 * from, a record's id. The database keeps them as 32-bit integers, so only whole numbers from 0 to 2^31 − 1
 * written as plain digits are accepted; `1.5`, `1e400`, `2147483648`, `-1`, `NaN` and ` ` are not numbers of
 * anything stored, and are refused here rather than failing in the database.
 */
export const MAX_STORED_INTEGER = 2_147_483_647;

/** Plain digits (surrounding spaces allowed), or a number that is already an integer in range. */
export const storedInteger = z.union([
	z
		.string()
		.trim()
		.regex(/^\d{1,10}$/)
		.transform(Number)
		.pipe(z.number().max(MAX_STORED_INTEGER)),
	z.number().int().min(0).max(MAX_STORED_INTEGER)
]);

/** An id of a stored row: as storedInteger, and never 0. */
export const storedId = storedInteger.pipe(z.number().min(1));

/** The value as a stored integer, or null when it is not one (absent, not digits, too large). */
export function parseStoredInteger(raw: unknown): number | null {
	const parsed = storedInteger.safeParse(raw);
	return parsed.success ? parsed.data : null;
}

/** The value as a stored row id, or null. */
export function parseStoredId(raw: unknown): number | null {
	const parsed = storedId.safeParse(raw);
	return parsed.success ? parsed.data : null;
}

/**
 * The revision a save names (`__rev.<item>`): absent or empty means the one the server has now (`current`),
 * as before a first save; anything that is not a stored integer is null, and the save is refused.
 */
export function revisionFromForm(raw: unknown, current: number): number | null {
	if (raw === null || raw === undefined || raw === '') return current;
	return parseStoredInteger(raw);
}

/** A form field that must name a stored row or version; `message` (an i18n key) when it does not. */
export function storedIdField(message: string) {
	return z.unknown().transform((raw, context) => {
		const id = parseStoredId(raw);
		if (id === null) {
			context.addIssue({ code: 'custom', message });
			return z.NEVER;
		}
		return id;
	});
}
