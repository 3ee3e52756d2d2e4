import type { ValidationMessageKey } from './messages';

/** The reporting period an answer belongs to: figures must be recent enough to describe it. */
export interface ValidationContext {
	cycleStartYear: number;
	cycleEndYear: number;
}

/** `field` follows the convention of fields.ts; `message` is a key of validationMessages. */
export interface AnswerError {
	field: string;
	message: ValidationMessageKey;
	params?: Record<string, string | number>;
}

/** What one item's validator makes of a value, before "required" is considered. */
export type Assessment<V> =
	{ kind: 'empty' } | { kind: 'value'; value: V } | { kind: 'errors'; errors: AnswerError[] };

export const empty = { kind: 'empty' } as const;

export function done<V>(value: V, errors: AnswerError[]): Assessment<V> {
	return errors.length > 0 ? { kind: 'errors', errors } : { kind: 'value', value };
}

export function error(
	field: string,
	message: ValidationMessageKey,
	params?: AnswerError['params']
): AnswerError {
	return params ? { field, message, params } : { field, message };
}

/** Checks a normalised text against a length limit; null text means "not text at all". */
export function textError(field: string, text: string | null, max: number): AnswerError | null {
	if (text === null) return error(field, 'answer.invalid');
	return text.length > max ? error(field, 'answer.tooLong', { max }) : null;
}
