import { m } from '$lib/paraglide/messages.js';
import { described, isPartOf, sheetRows, type SheetContext, type SheetField } from '../shared/sheet';
import type { MultiChoiceItem } from './definition';
import { multiChoiceFormFields } from './form';

/** One row with the chosen values separated by ';' (a drop-down could offer only one). */
export function multiChoiceSheetFields(
	item: MultiChoiceItem,
	value: unknown,
	{ t, locale }: SheetContext
): SheetField[] {
	const row = sheetRows(multiChoiceFormFields(item, value));
	return [
		row(item.id, null, {
			note: m.import_noteSeveral({ values: described(item.options, locale) }, { locale: t.locale })
		})
	];
}

export const multiChoiceSheetHolds = (item: MultiChoiceItem, field: string) => isPartOf(item.id, field, ['']);

/** Each value of the cell as one ticked checkbox. */
export function multiChoiceToForm(
	_item: MultiChoiceItem,
	field: string,
	text: string,
	form: URLSearchParams
): null {
	for (const choice of text.split(/[;\n]/)) if (choice.trim() !== '') form.append(field, choice.trim());
	return null;
}
