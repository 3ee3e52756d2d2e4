import { fieldName } from '$lib/domain/questionnaire/fields';
import { own } from '$lib/domain/questionnaire/normalise';
import {
	checked,
	numberOrText,
	str,
	textOf,
	yearOrText,
	type FormFields,
	type FormSource
} from '../shared/form';
import { indicatorFlags, type IndicatorItem } from './definition';

export interface IndicatorFormValue {
	value: number | string;
	year: number | string;
	source: string;
	definition: string;
	differentDataSet: boolean;
	nationalOnly: boolean;
}

export function indicatorFromForm(item: IndicatorItem, form: FormSource): IndicatorFormValue {
	const read = (part: string) => textOf(form, fieldName(item.id, part));
	return {
		value: numberOrText(read('value')),
		year: yearOrText(read('year')),
		source: read('source'),
		definition: read('definition'),
		differentDataSet: checked(form, fieldName(item.id, 'differentDataSet')),
		nationalOnly: checked(form, fieldName(item.id, 'nationalOnly'))
	};
}

export function indicatorFormFields(item: IndicatorItem, value: unknown): FormFields {
	const fields: FormFields = {};
	for (const part of ['value', 'year', 'source', 'definition'])
		fields[fieldName(item.id, part)] = str(own(value, part));
	// An unchecked checkbox is absent from a submitted form, so only checked ones get a field.
	for (const flag of indicatorFlags) if (own(value, flag) === true) fields[fieldName(item.id, flag)] = 'on';
	return fields;
}
