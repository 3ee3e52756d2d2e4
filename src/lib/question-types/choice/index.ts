import type { QuestionType } from '../question-type';
import { singleFieldForm } from '../shared/single-field';
import type { ChoiceItem } from './definition';
import { assessChoice } from './validate';
import { choiceSheetFields, choiceSheetHolds } from './xlsx';

export const choiceType: QuestionType<ChoiceItem, string> = {
	...singleFieldForm,
	assess: assessChoice,
	triggerValues: (item) => item.options.map((o) => o.value),
	sheet: { fields: choiceSheetFields, holds: choiceSheetHolds }
};
