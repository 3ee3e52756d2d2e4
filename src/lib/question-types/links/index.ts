import type { QuestionType } from '../question-type';
import type { LinksItem, LinkValue } from './definition';
import { linksFormFields, linksFromForm } from './form';
import { assessLinks } from './validate';
import { linksEntryOf, linksSheetFields, linksSheetHolds } from './xlsx';

export const linksType: QuestionType<LinksItem, LinkValue[]> = {
	fromForm: linksFromForm,
	toFormFields: linksFormFields,
	assess: assessLinks,
	firstField: (item) => item.id,
	sheet: { fields: linksSheetFields, holds: linksSheetHolds, entryOf: linksEntryOf }
};
