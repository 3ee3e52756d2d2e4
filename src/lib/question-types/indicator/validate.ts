import {
	done,
	empty,
	error,
	type AnswerError,
	type Assessment,
	type ValidationContext
} from '$lib/domain/questionnaire/assessment';
import { fieldName } from '$lib/domain/questionnaire/fields';
import { isBlank, isRecord, own } from '$lib/domain/questionnaire/normalise';
import { checkFigure, checkSource, checkYear, fail } from '../shared/figure';
import {
	migrantDefinitions,
	type IndicatorItem,
	type IndicatorValue,
	type MigrantDefinition
} from './definition';

export function assessIndicator(
	item: IndicatorItem,
	value: unknown,
	context: ValidationContext
): Assessment<IndicatorValue> {
	if (isBlank(value)) return empty;
	if (!isRecord(value))
		return { kind: 'errors', errors: [error(fieldName(item.id, 'value'), 'answer.invalid')] };
	const filled = ['value', 'year', 'source', 'definition'].some((part) => !isBlank(own(value, part)));
	const flagged = own(value, 'differentDataSet') === true || own(value, 'nationalOnly') === true;
	if (!filled && !flagged) return empty;

	const errors: AnswerError[] = [];
	const figure: IndicatorValue = {
		value: checkFigure(item, value, errors),
		year: checkYear(fieldName(item.id, 'year'), own(value, 'year'), context, errors),
		source: checkSource(fieldName(item.id, 'source'), own(value, 'source'), errors),
		definition: checkDefinition(fieldName(item.id, 'definition'), own(value, 'definition'), errors),
		differentDataSet: checkFlag(
			fieldName(item.id, 'differentDataSet'),
			own(value, 'differentDataSet'),
			errors
		),
		nationalOnly: checkFlag(fieldName(item.id, 'nationalOnly'), own(value, 'nationalOnly'), errors)
	};
	return done(figure, errors);
}

function checkDefinition(field: string, raw: unknown, errors: AnswerError[]): MigrantDefinition {
	if (isBlank(raw)) return fail(errors, error(field, 'answer.definitionRequired'), 'other');
	const definition = typeof raw === 'string' ? raw.trim() : raw;
	if (!(migrantDefinitions as readonly unknown[]).includes(definition))
		errors.push(error(field, 'answer.invalidOption'));
	return definition as MigrantDefinition;
}

/** Checkboxes: absent or false is "no"; anything but a boolean is a broken request. */
function checkFlag(field: string, raw: unknown, errors: AnswerError[]): boolean {
	if (raw === undefined || raw === null || raw === false) return false;
	if (raw !== true) errors.push(error(field, 'answer.invalid'));
	return raw === true;
}
