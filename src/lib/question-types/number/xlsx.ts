import { figureSheetRows, isFigurePart } from '../shared/figure';
import { sheetRows, type SheetContext, type SheetField } from '../shared/sheet';
import type { NumberItem } from './definition';
import { numberFormFields } from './form';

const partsOf = (item: NumberItem) => ({ year: item.withYear, source: item.withSource });

export function numberSheetFields(item: NumberItem, value: unknown, context: SheetContext): SheetField[] {
	return figureSheetRows(sheetRows(numberFormFields(item, value)), item, partsOf(item), context);
}

export const numberSheetHolds = (item: NumberItem, field: string) =>
	isFigurePart(item.id, field, partsOf(item));
