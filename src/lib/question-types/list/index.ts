import type { QuestionType } from '../question-type';
import type { ListItem, ListRow } from './definition';
import { listFormFields, listFromForm } from './form';
import { assessList } from './validate';
import { listEntryOf, listSheetFields, listSheetHolds } from './xlsx';

export const listType: QuestionType<ListItem, ListRow[]> = {
	fromForm: listFromForm,
	toFormFields: listFormFields,
	assess: assessList,
	firstField: (item) => item.id,
	sheet: { fields: listSheetFields, holds: listSheetHolds, entryOf: listEntryOf }
};
