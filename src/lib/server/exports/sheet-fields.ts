import type { Locale } from '$lib/domain/locale';
import type { Item } from '$lib/domain/questionnaire';
import type { Translate } from '$lib/i18n';
import { typeOf } from '$lib/question-types/registry';
import type { SheetField } from '$lib/question-types/shared/sheet';

export type { SheetField } from '$lib/question-types/shared/sheet';

/**
 * The rows of the sheet "Answers" for one item with its current value: each question type says which (its
 * xlsx.ts), named as fields.ts names form fields, so the import can rebuild the same form an answer page
 * would send and validate it the same way.
 */
export function sheetFields(item: Item, value: unknown, t: Translate, locale: Locale): SheetField[] {
	return typeOf(item).sheet.fields(item, value, { t, locale });
}
