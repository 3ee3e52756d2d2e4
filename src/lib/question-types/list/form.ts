import { readRows, rowFields, type FormFields, type FormSource } from '../shared/form';
import type { ListItem } from './definition';

const keysOf = (item: ListItem) => item.fields.map((f) => f.key);

/** Cells `<id>.<row>.<key>`, rows renumbered from 0 without the fully blank ones. */
export const listFromForm = (item: ListItem, form: FormSource) => readRows(form, item.id, keysOf(item));

export const listFormFields = (item: ListItem, value: unknown): FormFields =>
	rowFields(item.id, value, keysOf(item));
