import type { QuestionType } from '../question-type';
import { linksItemSchema, type LinksItem, type LinkValue } from './definition';
import { linksFormFields, linksFromForm } from './form';
import { assessLinks } from './validate';
import { linksEntryOf, linksSheetFields, linksSheetHolds } from './xlsx';

export const linksType: QuestionType<LinksItem, LinkValue[]> = {
	schema: linksItemSchema,
	fromForm: linksFromForm,
	toFormFields: linksFormFields,
	assess: assessLinks,
	firstField: (item) => item.id,
	sheet: { fields: linksSheetFields, holds: linksSheetHolds, entryOf: linksEntryOf }
};
