import { isPartOf, sheetRows, type SheetField } from '../shared/sheet';
import { singleFieldForm } from '../shared/single-field';
import type { TextItem } from './definition';

export function textSheetFields(item: TextItem, value: unknown): SheetField[] {
	return [sheetRows(singleFieldForm.toFormFields(item, value))(item.id, null)];
}

export const textSheetHolds = (item: TextItem, field: string) => isPartOf(item.id, field, ['']);
