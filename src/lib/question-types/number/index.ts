import type { QuestionType } from '../question-type';
import type { FigureValue, NumberItem } from './definition';
import { numberFormFields, numberFromForm } from './form';
import { assessNumber } from './validate';
import { numberSheetFields, numberSheetHolds } from './xlsx';

export const numberType: QuestionType<NumberItem, FigureValue> = {
	fromForm: numberFromForm,
	toFormFields: numberFormFields,
	assess: assessNumber,
	firstField: (item) => `${item.id}.value`,
	sheet: { fields: numberSheetFields, holds: numberSheetHolds }
};
