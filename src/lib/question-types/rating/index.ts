import type { QuestionType } from '../question-type';
import { ratingItemSchema, ratings, type RatingItem, type RatingValue } from './definition';
import { ratingFormFields, ratingFromForm } from './form';
import { assessRating } from './validate';
import { ratingSheetFields, ratingSheetHolds } from './xlsx';

export const ratingType: QuestionType<RatingItem, RatingValue> = {
	schema: ratingItemSchema,
	fromForm: ratingFromForm,
	toFormFields: ratingFormFields,
	assess: assessRating,
	firstField: (item) => `${item.id}.rating`,
	triggerValues: () => [...ratings],
	sheet: { fields: ratingSheetFields, holds: ratingSheetHolds }
};
