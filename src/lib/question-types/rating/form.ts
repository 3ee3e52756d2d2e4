import { fieldName } from '$lib/domain/questionnaire/fields';
import { own } from '$lib/domain/questionnaire/normalise';
import { str, textOf, type FormFields, type FormSource } from '../shared/form';
import type { RatingItem } from './definition';

/** Radios `<id>.rating` and the textarea `<id>.evidence`. */
export function ratingFromForm(item: RatingItem, form: FormSource) {
	return {
		rating: textOf(form, fieldName(item.id, 'rating')),
		evidence: textOf(form, fieldName(item.id, 'evidence'))
	};
}

export function ratingFormFields(item: RatingItem, value: unknown): FormFields {
	return {
		[fieldName(item.id, 'rating')]: str(own(value, 'rating')),
		[fieldName(item.id, 'evidence')]: str(own(value, 'evidence'))
	};
}
