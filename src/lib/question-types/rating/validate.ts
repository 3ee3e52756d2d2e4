import {
	done,
	empty,
	error,
	textError,
	type AnswerError,
	type Assessment
} from '$lib/domain/questionnaire/assessment';
import { fieldName } from '$lib/domain/questionnaire/fields';
import { isBlank, isRecord, normaliseText, own } from '$lib/domain/questionnaire/normalise';
import { ratings, type Rating, type RatingItem, type RatingValue } from './definition';

export const maxEvidenceLength = 5000;

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
