import { entries, entryOf, entryRow, sheetRows, type SheetContext, type SheetField } from '../shared/sheet';
import { linkKeys, maxLinks, type LinksItem } from './definition';
import { linksFormFields } from './form';

const linkFields = [
	{ key: 'url', kind: 'url', label: 'import.partUrl' },
	{ key: 'title', kind: 'text', label: 'import.partTitle' }
] as const;

export function linksSheetFields(item: LinksItem, value: unknown, context: SheetContext): SheetField[] {
	const row = sheetRows(linksFormFields(item, value));
	return entries(value, maxLinks, (index) =>
		linkFields.map((f) => entryRow(row, item.id, index, f.key, context.t(f.label), f.kind, context))
	);
}

export const linksEntryOf = (item: LinksItem, field: string) => entryOf(item.id, linkKeys, field);
export const linksSheetHolds = (item: LinksItem, field: string) => linksEntryOf(item, field) !== null;
