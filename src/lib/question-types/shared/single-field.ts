import { str, textOf, type FormFields, type FormSource } from './form';

/** Types whose answer is one field named after the item (text, choice). */
export const singleFieldForm = {
	fromForm: (item: { id: string }, form: FormSource): string => textOf(form, item.id),
	toFormFields: (item: { id: string }, value: unknown): FormFields => ({ [item.id]: str(value) }),
	firstField: (item: { id: string }) => item.id
};
