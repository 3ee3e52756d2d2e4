import { z } from 'zod';

/**
 * Form fields arrive as strings. These helpers turn "" into "not given" and parse numbers, so each schema
 * states only what the field means. Error messages are message keys, translated when shown.
 */
export const optionalText = z
	.string()
	.trim()
	.transform((value) => (value === '' ? null : value));

export function optionalNumber(message: string, check: (n: number) => boolean) {
	return z
		.string()
		.trim()
		.transform((value, ctx) => {
			if (value === '') return null;
			const parsed = Number(value.replace(',', '.'));
			if (!Number.isFinite(parsed) || !check(parsed)) {
				ctx.addIssue({ code: 'custom', message });
				return z.NEVER;
			}
			return parsed;
		});
}

export function requiredNumber(message: string, check: (n: number) => boolean) {
	return z
		.string()
		.trim()
		.transform((value, ctx) => {
			const parsed = Number(value.replace(',', '.'));
			if (value === '' || !Number.isFinite(parsed) || !check(parsed)) {
				ctx.addIssue({ code: 'custom', message });
				return z.NEVER;
			}
			return parsed;
		});
}

export type FieldErrors = Record<string, string>;

/** One field's error, typed like the others so a page handles every failure the same way. */
export function fieldError(field: string, message: string): FieldErrors {
	return { [field]: message };
}

/** The first message for each field, keyed by field name, in the order the fields appear. */
export function fieldErrors(error: z.ZodError): FieldErrors {
	// A Map, not an object: a field named `constructor` or `__proto__` must not meet Object's own keys.
	const errors = new Map<string, string>();
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		if (!errors.has(field)) errors.set(field, issue.message);
	}
	return Object.fromEntries(errors);
}

/** Reads the named text fields of a form, so missing ones are "" rather than null. */
export function formValues<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
	const values = {} as Record<K, string>;
	for (const name of names) {
		const value = form.get(name);
		values[name] = typeof value === 'string' ? value : '';
	}
	return values;
}
