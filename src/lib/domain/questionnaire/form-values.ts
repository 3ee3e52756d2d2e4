import { formOf } from '$lib/question-types/forms';
import type { FormFields, FormSource } from '$lib/question-types/shared/form';
import type { Item } from './definition';

/**
 * Between HTML forms and answers: each question type reads and writes its own fields (its form.ts); field names
 * follow fields.ts. Reading keeps what was typed when it does not parse ('12,5x' stays a string), so
 * validateAnswer can say what is wrong and the page can show the input again. The answer page runs this in the
 * browser, so it reads only the types' forms (question-types/forms.ts), not their validation or workbook.
 */

export type { FormFields, FormSource } from '$lib/question-types/shared/form';

/** The raw answer read from a form, in the shape validateAnswer expects. */
export function itemValueFromForm(item: Item, form: FormSource): unknown {
	return formOf(item).fromForm(item, form);
}

/** The form fields that show `value` (a normalised answer or a raw one read back), to prefill a form. */
export function formFieldsFromValue(item: Item, value: unknown): FormFields {
	return formOf(item).toFormFields(item, value);
}
