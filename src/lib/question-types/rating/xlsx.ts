import { m } from '$lib/paraglide/messages.js';
import { fieldName } from '$lib/domain/questionnaire/fields';
import { isPartOf, sheetRows, type SheetContext, type SheetField } from '../shared/sheet';
import { ratings, type RatingItem } from './definition';
import { ratingFormFields } from './form';

/** Two rows: the rating, offered as a drop-down of the scale, and the evidence. */
export function ratingSheetFields(item: RatingItem, value: unknown, { t }: SheetContext): SheetField[] {
	const row = sheetRows(ratingFormFields(item, value));
	return [
		row(fieldName(item.id, 'rating'), m.import_partRating({}, { locale: t.locale }), {
			note: m.import_noteRating({}, { locale: t.locale }),
			choices: [...ratings]
		}),
		row(fieldName(item.id, 'evidence'), m.import_partEvidence({}, { locale: t.locale }))
	];
}

export const ratingSheetHolds = (item: RatingItem, field: string) =>
	isPartOf(item.id, field, ['.rating', '.evidence']);
