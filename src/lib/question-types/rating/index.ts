import type { QuestionType } from '../question-type';
import { ratings, type RatingItem, type RatingValue } from './definition';
import { ratingFormFields, ratingFromForm } from './form';
import { assessRating } from './validate';
import { ratingSheetFields, ratingSheetHolds } from './xlsx';

export const ratingType: QuestionType<RatingItem, RatingValue> = {
	fromForm: ratingFromForm,
	toFormFields: ratingFormFields,
	assess: assessRating,
	firstField: (item) => `${item.id}.rating`,
	triggerValues: () => [...ratings],
	sheet: { fields: ratingSheetFields, holds: ratingSheetHolds }
};
