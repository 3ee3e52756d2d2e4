import type { QuestionType } from '../question-type';
import type { MultiChoiceItem } from './definition';
import { multiChoiceFormFields, multiChoiceFromForm } from './form';
import { assessMultiChoice } from './validate';
import { multiChoiceSheetFields, multiChoiceSheetHolds, multiChoiceToForm } from './xlsx';

export const multiChoiceType: QuestionType<MultiChoiceItem, string[]> = {
	fromForm: multiChoiceFromForm,
	toFormFields: multiChoiceFormFields,
	assess: assessMultiChoice,
	firstField: (item) => item.id,
	triggerValues: (item) => item.options.map((o) => o.value),
	sheet: { fields: multiChoiceSheetFields, holds: multiChoiceSheetHolds, toForm: multiChoiceToForm }
};
