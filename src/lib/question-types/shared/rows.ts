import { done, empty, error, type AnswerError, type Assessment } from '$lib/domain/questionnaire/assessment';
import { isBlank, maxRawEntries } from '$lib/domain/questionnaire/normalise';

/** What the repeatable types share (list, links, attachments): an array of entries with a limit. */

export type Entry = { entry: unknown; index: number };
type TooMany = 'answer.tooManyRows' | 'answer.tooManyFiles';

/** The non-blank entries of an array answer, or the assessment to return at once. */
export function rowsOf(
	itemId: string,
	value: unknown,
	max: number,
	tooMany: TooMany
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

export function finish<V>(
	itemId: string,
	values: V[],
	errors: AnswerError[],
	max: number,
	tooMany: TooMany
): Assessment<V[]> {
	if (values.length > max) errors.unshift(error(itemId, tooMany, { max }));
	if (values.length === 0 && errors.length === 0) return empty;
	return done(values, errors);
}
