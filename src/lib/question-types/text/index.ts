import type { QuestionType } from '../question-type';
import { singleFieldForm } from '../shared/single-field';
import type { TextItem } from './definition';
import { assessText } from './validate';
import { textSheetFields, textSheetHolds } from './xlsx';

export const textType: QuestionType<TextItem, string> = {
	...singleFieldForm,
	assess: assessText,
	sheet: { fields: textSheetFields, holds: textSheetHolds }
};
