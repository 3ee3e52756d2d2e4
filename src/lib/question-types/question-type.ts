import type { Assessment, ValidationContext } from '$lib/domain/questionnaire/assessment';
import type { FormFields, FormSource } from './shared/form';
import type { SheetContext, SheetField } from './shared/sheet';

/**
 * Everything the application knows about one question type, apart from its two components (inputs.ts,
 * summaries.ts) and the schema of its items (its schema.ts, listed in item-schemas.ts): one object per folder,
 * listed once in registry.ts. Every part is pure: no database, no files, no exceljs, no Zod.
 * Field names follow domain/questionnaire/fields.ts.
 */
export interface QuestionType<I extends { id: string; type: string }, V> {
	/** The form fields of a submitted answer, as validation reads them; what does not parse stays as typed. */
	fromForm(item: I, form: FormSource): unknown;
	/** The form fields that show a value (a normalised answer or a raw one read back), to prefill a form. */
	toFormFields(item: I, value: unknown): FormFields;
	/** What a value is: empty, a normalised answer, or errors naming their fields. Never throws. */
	assess(item: I, value: unknown, context: ValidationContext): Assessment<V>;
	/** Where "Answer this question" points: the item's first input. */
	firstField(item: I): string;
	/** The values another item's requiredWhen or shownWhen may test; absent when this type cannot be tested. */
	triggerValues?(item: I): string[];
	/** The item's rows in the response workbook, and how a filled row is read back into a form. */
	sheet: SheetMapping<I>;
}

export interface SheetMapping<I> {
	/** The rows of the item with its current value; none when the type cannot travel in a sheet. */
	fields(item: I, value: unknown, context: SheetContext): SheetField[];
	/** Whether the sheet may hold a row of this item named `field`. */
	holds(item: I, field: string): boolean;
	/**
	 * Puts a row's text into the form the answer pages would send (by default: the text under the field's name).
	 * Returns 'import.yesOrNo' when a yes/no cell says neither.
	 */
	toForm?(item: I, field: string, text: string, form: URLSearchParams): 'import.yesOrNo' | null;
	/** For repeatable entries: which entry a field is, so the entries are renumbered from 0 as a form would. */
	entryOf?(item: I, field: string): { index: number; key: string } | null;
}
