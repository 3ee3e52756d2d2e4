import { m } from '$lib/paraglide/messages.js';
import {
	error,
	textError,
	type AnswerError,
	type ValidationContext
} from '$lib/domain/questionnaire/assessment';
import { fieldName } from '$lib/domain/questionnaire/fields';
import { localized, type LocalizedText } from '$lib/domain/questionnaire/localized';
import {
	isBlank,
	normaliseText,
	own,
	parseDecimal,
	parseYear,
	type UnknownRecord
} from '$lib/domain/questionnaire/normalise';
import { isPartOf, sheetRows, type SheetContext, type SheetField } from './sheet';

/** What the number and indicator types share: a figure with its unit, reference year and source. */

export const maxSourceLength = 500;

/**
 * Reference years accepted for a figure: the 2013 report used figures up to a few years old, and cities often
 * have only a census year, so ten years before the cycle up to its end.
 */
export function figureYearRange(context: ValidationContext): { min: number; max: number } {
	return { min: context.cycleStartYear - 10, max: context.cycleEndYear };
}

interface FigureLimits {
	id: string;
	unit: LocalizedText;
	min?: number;
	max?: number;
	integer?: boolean;
}

/** The figure itself: a number, within the item's range (0–100 for a percentage unless the item says otherwise). */
export function checkFigure(item: FigureLimits, parts: UnknownRecord, errors: AnswerError[]): number {
	const field = fieldName(item.id, 'value');
	const raw = own(parts, 'value');
	if (isBlank(raw)) return fail(errors, error(field, 'answer.valueRequired'));
	const n = parseDecimal(raw);
	if (n === null) return fail(errors, error(field, 'answer.notANumber'));
	const percent = item.unit.en === '%';
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
	} else if (item.integer && !Number.isInteger(n)) errors.push(error(field, 'answer.notAWholeNumber'));
	return n;
}

export function checkYear(
	field: string,
	raw: unknown,
	context: ValidationContext,
	errors: AnswerError[]
): number {
	if (isBlank(raw)) return fail(errors, error(field, 'answer.yearRequired'));
	const year = parseYear(raw);
	if (year === null) return fail(errors, error(field, 'answer.yearInvalid'));
	const { min, max } = figureYearRange(context);
	if (year < min || year > max) errors.push(error(field, 'answer.yearRange', { min, max }));
	return year;
}

export function checkSource(field: string, raw: unknown, errors: AnswerError[]): string {
	const source = normaliseText(raw);
	const problem =
		source === '' ? error(field, 'answer.sourceRequired') : textError(field, source, maxSourceLength);
	if (problem) errors.push(problem);
	return source ?? '';
}

/** Records an error and returns a placeholder; the value is never returned when there are errors. */
export function fail<T = number>(errors: AnswerError[], problem: AnswerError, placeholder?: T): T {
	errors.push(problem);
	return (placeholder ?? 0) as T;
}

/** The sheet rows of a figure's parts; a number item has a year and a source only when it asks for them. */
export function figureSheetRows(
	row: ReturnType<typeof sheetRows>,
	item: { id: string; unit: LocalizedText },
	parts: { year: boolean; source: boolean },
	{ t }: SheetContext
): SheetField[] {
	const name = (part: string) => fieldName(item.id, part);
	return [
		row(name('value'), m.import_partValue({ unit: localized(item.unit, t.locale) }, { locale: t.locale }), {
			note: m.import_noteNumber({}, { locale: t.locale })
		}),
		...(parts.year
			? [
					row(name('year'), m.import_partYear({}, { locale: t.locale }), {
						note: m.import_noteYear({}, { locale: t.locale })
					})
				]
			: []),
		...(parts.source ? [row(name('source'), m.import_partSource({}, { locale: t.locale }))] : [])
	];
}

export const isFigurePart = (itemId: string, field: string, parts: { year: boolean; source: boolean }) =>
	isPartOf(itemId, field, ['.value', parts.year && '.year', parts.source && '.source']);
