import type { QuestionType } from '../question-type';
import { singleFieldForm } from '../shared/single-field';
import { textItemSchema, type TextItem } from './definition';
import { assessText } from './validate';
import { textSheetFields, textSheetHolds } from './xlsx';

export const textType: QuestionType<TextItem, string> = {
	schema: textItemSchema,
	...singleFieldForm,
	assess: assessText,
	sheet: { fields: textSheetFields, holds: textSheetHolds }
};
