import { readRows, rowFields, type FormFields, type FormSource } from '../shared/form';
import { linkKeys, type LinksItem } from './definition';

/** Cells `<id>.<row>.url` and `<id>.<row>.title`, rows renumbered from 0 without the fully blank ones. */
export const linksFromForm = (item: LinksItem, form: FormSource) =>
	readRows(form, item.id, linkKeys) as { url: string; title: string }[];

export const linksFormFields = (item: LinksItem, value: unknown): FormFields =>
	rowFields(item.id, value, linkKeys);
