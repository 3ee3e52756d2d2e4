import { isPartOf, oneOf, sheetRows, type SheetContext, type SheetField } from '../shared/sheet';
import { singleFieldForm } from '../shared/single-field';
import type { ChoiceItem } from './definition';

/** One row, offering the options' values as a drop-down. */
export function choiceSheetFields(item: ChoiceItem, value: unknown, context: SheetContext): SheetField[] {
	return [sheetRows(singleFieldForm.toFormFields(item, value))(item.id, null, oneOf(item.options, context))];
}

export const choiceSheetHolds = (item: ChoiceItem, field: string) => isPartOf(item.id, field, ['']);
