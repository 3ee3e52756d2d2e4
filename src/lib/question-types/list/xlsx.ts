import { localized } from '$lib/domain/questionnaire/localized';
import { entries, entryOf, entryRow, sheetRows, type SheetContext, type SheetField } from '../shared/sheet';
import { defaultMaxRows, type ListItem } from './definition';
import { listFormFields } from './form';

/** A row per cell of every filled entry, and of a few blank entries to add more. */
export function listSheetFields(item: ListItem, value: unknown, context: SheetContext): SheetField[] {
	const row = sheetRows(listFormFields(item, value));
	return entries(value, item.maxRows ?? defaultMaxRows, (index) =>
		item.fields.map((f) =>
			entryRow(row, item.id, index, f.key, localized(f.label, context.locale), f.kind, context)
		)
	);
}

export const listEntryOf = (item: ListItem, field: string) =>
	entryOf(
		item.id,
		item.fields.map((f) => f.key),
		field
	);

export const listSheetHolds = (item: ListItem, field: string) => listEntryOf(item, field) !== null;
