import {
	done,
	empty,
	error,
	textError,
	type AnswerError,
	type Assessment,
	type ValidationContext
} from './assessment';
import type { IndicatorItem, NumberItem } from './definition';
import { fieldName } from './fields';
import {
	isBlank,
	isRecord,
	normaliseText,
	own,
	parseDecimal,
	parseYear,
	type UnknownRecord
} from './normalise';
import { migrantDefinitions, type FigureValue, type IndicatorValue, type MigrantDefinition } from './values';

export const maxSourceLength = 500;

/**
 * Reference years accepted for a figure: the 2013 report used figures up to a few years old, and cities often
 * have only a census year, so ten years before the cycle up to its end.
 */
export function figureYearRange(context: ValidationContext): { min: number; max: number } {
	return { min: context.cycleStartYear - 10, max: context.cycleEndYear };
}

export function assessNumber(
	item: NumberItem,
	value: unknown,
	context: ValidationContext
): Assessment<FigureValue> {
	if (isBlank(value)) return empty;
	// A bare number or typed string is the figure itself; pages may store it so when they ask for nothing else.
	const parts = typeof value === 'number' || typeof value === 'string' ? { value } : value;
	if (!isRecord(parts))
		return { kind: 'errors', errors: [error(fieldName(item.id, 'value'), 'answer.invalid')] };
	const rawYear = item.withYear ? own(parts, 'year') : undefined;
	const rawSource = item.withSource ? own(parts, 'source') : undefined;
	if (isBlank(own(parts, 'value')) && isBlank(rawYear) && isBlank(rawSource)) return empty;

	const errors: AnswerError[] = [];
	const figure: FigureValue = { value: checkFigure(item, parts, errors) };
	if (item.withYear) figure.year = checkYear(fieldName(item.id, 'year'), rawYear, context, errors);
	if (item.withSource) figure.source = checkSource(fieldName(item.id, 'source'), rawSource, errors);
	return done(figure, errors);
}

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

/** The figure itself: a number, within the item's range (0–100 for a percentage unless the item says otherwise). */
function checkFigure(item: NumberItem | IndicatorItem, parts: UnknownRecord, errors: AnswerError[]): number {
	const field = fieldName(item.id, 'value');
	const raw = own(parts, 'value');
	if (isBlank(raw)) return fail(errors, error(field, 'answer.valueRequired'));
	const n = parseDecimal(raw);
	if (n === null) return fail(errors, error(field, 'answer.notANumber'));
	const percent = item.unit === '%';
	const min = item.min ?? (percent ? 0 : undefined);
	const max = item.max ?? (percent ? 100 : undefined);
	const below = min !== undefined && n < min;
	const above = max !== undefined && n > max;
	if (below || above) {
		if (percent && item.min === undefined && item.max === undefined)
			errors.push(error(field, 'answer.percentRange'));
		else if (min !== undefined && max !== undefined)
			errors.push(error(field, 'answer.numberRange', { min, max }));
		else if (below) errors.push(error(field, 'answer.numberTooSmall', { min: min ?? 0 }));
		else errors.push(error(field, 'answer.numberTooLarge', { max: max ?? 0 }));
	} else if (item.type === 'number' && item.integer && !Number.isInteger(n))
		errors.push(error(field, 'answer.notAWholeNumber'));
	return n;
}

function checkYear(field: string, raw: unknown, context: ValidationContext, errors: AnswerError[]): number {
	if (isBlank(raw)) return fail(errors, error(field, 'answer.yearRequired'));
	const year = parseYear(raw);
	if (year === null) return fail(errors, error(field, 'answer.yearInvalid'));
	const { min, max } = figureYearRange(context);
	if (year < min || year > max) errors.push(error(field, 'answer.yearRange', { min, max }));
	return year;
}

function checkSource(field: string, raw: unknown, errors: AnswerError[]): string {
	const source = normaliseText(raw);
	const problem =
		source === '' ? error(field, 'answer.sourceRequired') : textError(field, source, maxSourceLength);
	if (problem) errors.push(problem);
	return source ?? '';
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

/** Records an error and returns a placeholder; the value is never returned when there are errors. */
function fail<T = number>(errors: AnswerError[], problem: AnswerError, placeholder?: T): T {
	errors.push(problem);
	return (placeholder ?? 0) as T;
}
