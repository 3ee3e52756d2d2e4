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
import { checkFigure, checkSource, checkYear } from '../shared/figure';
import type { FigureValue, NumberItem } from './definition';

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
