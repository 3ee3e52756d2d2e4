import { done, empty, error, textError, type AnswerError, type Assessment } from './assessment';
import type { ChoiceItem, MultiChoiceItem, RatingItem, TextItem } from './definition';
import { fieldName } from './fields';
import { isBlank, isRecord, maxRawEntries, normaliseText, own } from './normalise';
import { ratings, type Rating, type RatingValue } from './values';

export const maxEvidenceLength = 5000;
// Items without their own limit still get one, so a pasted book cannot bloat a response.
export const defaultMaxLength = { singleLine: 500, multiline: 10_000 };

/** A rating and its evidence; evidence is what makes a "fully" or "partly" credible in the report. */
export function assessRating(item: RatingItem, value: unknown): Assessment<RatingValue> {
	const ratingField = fieldName(item.id, 'rating');
	const evidenceField = fieldName(item.id, 'evidence');
	if (isBlank(value)) return empty;
	if (!isRecord(value)) return { kind: 'errors', errors: [error(ratingField, 'answer.invalid')] };
	const rawRating = own(value, 'rating');
	const evidence = normaliseText(own(value, 'evidence'));
	if (isBlank(rawRating) && evidence === '') return empty;

	const errors: AnswerError[] = [];
	const rating = typeof rawRating === 'string' ? rawRating.trim() : rawRating;
	if (isBlank(rating)) errors.push(error(ratingField, 'answer.ratingRequired'));
	else if (!isRating(rating)) errors.push(error(ratingField, 'answer.invalidOption'));
	const tooLong = textError(evidenceField, evidence, maxEvidenceLength);
	if (tooLong) errors.push(tooLong);
	else if (evidence === '' && (rating === 'fully' || rating === 'partly'))
		errors.push(error(evidenceField, 'answer.evidenceRequired'));
	return done({ rating: rating as Rating, evidence: evidence ?? '' }, errors);
}

function isRating(value: unknown): value is Rating {
	return (ratings as readonly unknown[]).includes(value);
}

export function assessText(item: TextItem, value: unknown): Assessment<string> {
	const text = normaliseText(value);
	if (text === '') return empty;
	const max = item.maxLength ?? (item.multiline ? defaultMaxLength.multiline : defaultMaxLength.singleLine);
	// A single-line input cannot hold a line break; one here comes from a tampered or scripted request.
	const flat = text !== null && !item.multiline ? text.replace(/\s*\n\s*/g, ' ') : text;
	const problem = textError(item.id, flat, max);
	return problem ? { kind: 'errors', errors: [problem] } : { kind: 'value', value: flat ?? '' };
}

export function assessChoice(item: ChoiceItem, value: unknown): Assessment<string> {
	if (isBlank(value)) return empty;
	const choice = typeof value === 'string' ? value.trim() : null;
	if (choice === null || !item.options.some((o) => o.value === choice))
		return { kind: 'errors', errors: [error(item.id, 'answer.invalidOption')] };
	return { kind: 'value', value: choice };
}

/** Chosen options, once each, in the definition's order so equal answers compare equal across periods. */
export function assessMultiChoice(item: MultiChoiceItem, value: unknown): Assessment<string[]> {
	if (isBlank(value)) return empty;
	const raw = typeof value === 'string' ? [value] : value;
	if (!Array.isArray(raw) || raw.length > maxRawEntries)
		return { kind: 'errors', errors: [error(item.id, 'answer.invalidOption')] };
	const chosen = new Set<string>();
	for (const entry of raw) {
		// A blank entry is the hidden input that lets a form send "none of these".
		if (isBlank(entry)) continue;
		if (typeof entry !== 'string' || !item.options.some((o) => o.value === entry.trim()))
			return { kind: 'errors', errors: [error(item.id, 'answer.invalidOption')] };
		chosen.add(entry.trim());
	}
	if (chosen.size === 0) return empty;
	return { kind: 'value', value: item.options.map((o) => o.value).filter((v) => chosen.has(v)) };
}
