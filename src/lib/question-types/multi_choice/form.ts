import { str, type FormFields, type FormSource } from '../shared/form';
import type { MultiChoiceItem } from './definition';

/** Checkboxes all named `<id>`, one value each. */
export function multiChoiceFromForm(item: MultiChoiceItem, form: FormSource): string[] {
	return form.getAll(item.id).filter((v): v is string => typeof v === 'string');
}

export function multiChoiceFormFields(item: MultiChoiceItem, value: unknown): FormFields {
	return { [item.id]: (Array.isArray(value) ? value : [value]).map(str).filter((v) => v !== '') };
}
