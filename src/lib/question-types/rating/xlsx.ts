import { fieldName } from '$lib/domain/questionnaire/fields';
import { isPartOf, sheetRows, type SheetContext, type SheetField } from '../shared/sheet';
import { ratings, type RatingItem } from './definition';
import { ratingFormFields } from './form';

/** Two rows: the rating, offered as a drop-down of the scale, and the evidence. */
export function ratingSheetFields(item: RatingItem, value: unknown, { t }: SheetContext): SheetField[] {
	const row = sheetRows(ratingFormFields(item, value));
	return [
		row(fieldName(item.id, 'rating'), t('import.partRating'), {
			note: t('import.noteRating'),
			choices: [...ratings]
		}),
		row(fieldName(item.id, 'evidence'), t('import.partEvidence'))
	];
}

export const ratingSheetHolds = (item: RatingItem, field: string) =>
	isPartOf(item.id, field, ['.rating', '.evidence']);
