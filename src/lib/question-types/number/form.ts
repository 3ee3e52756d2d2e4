import { fieldName } from '$lib/domain/questionnaire/fields';
import { isRecord, own } from '$lib/domain/questionnaire/normalise';
import { numberOrText, str, textOf, yearOrText, type FormFields, type FormSource } from '../shared/form';
import type { NumberItem } from './definition';

/** A figure as typed: numbers parsed where they parse, kept as text where they do not. */
export interface FigureFormValue {
	value: number | string;
	year?: number | string;
	source?: string;
}

export function numberFromForm(item: NumberItem, form: FormSource): FigureFormValue {
	const read = (part: string) => textOf(form, fieldName(item.id, part));
	const figure: FigureFormValue = { value: numberOrText(read('value')) };
	if (item.withYear) figure.year = yearOrText(read('year'));
	if (item.withSource) figure.source = read('source');
	return figure;
}

export function numberFormFields(item: NumberItem, value: unknown): FormFields {
	const parts = isRecord(value) ? value : { value };
	const fields: FormFields = { [fieldName(item.id, 'value')]: str(own(parts, 'value')) };
	if (item.withYear) fields[fieldName(item.id, 'year')] = str(own(parts, 'year'));
	if (item.withSource) fields[fieldName(item.id, 'source')] = str(own(parts, 'source'));
	return fields;
}
