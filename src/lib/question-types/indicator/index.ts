import type { QuestionType } from '../question-type';
import type { IndicatorItem, IndicatorValue } from './definition';
import { indicatorFormFields, indicatorFromForm } from './form';
import { assessIndicator } from './validate';
import { indicatorSheetFields, indicatorSheetHolds, indicatorToForm } from './xlsx';

export const indicatorType: QuestionType<IndicatorItem, IndicatorValue> = {
	fromForm: indicatorFromForm,
	toFormFields: indicatorFormFields,
	assess: assessIndicator,
	firstField: (item) => `${item.id}.value`,
	sheet: { fields: indicatorSheetFields, holds: indicatorSheetHolds, toForm: indicatorToForm }
};
