import { empty, textError, type Assessment } from '$lib/domain/questionnaire/assessment';
import { normaliseText } from '$lib/domain/questionnaire/normalise';
import { defaultMaxLength, type TextItem } from './definition';

export function assessText(item: TextItem, value: unknown): Assessment<string> {
	const text = normaliseText(value);
	if (text === '') return empty;
	const max = item.maxLength ?? (item.multiline ? defaultMaxLength.multiline : defaultMaxLength.singleLine);
	// A single-line input cannot hold a line break; one here comes from a tampered or scripted request.
	const flat = text !== null && !item.multiline ? text.replace(/\s*\n\s*/g, ' ') : text;
	const problem = textError(item.id, flat, max);
	return problem ? { kind: 'errors', errors: [problem] } : { kind: 'value', value: flat ?? '' };
}
