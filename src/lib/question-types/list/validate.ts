import {
	error,
	textError,
	type AnswerError,
	type Assessment,
	type ValidationContext
} from '$lib/domain/questionnaire/assessment';
import { fieldName } from '$lib/domain/questionnaire/fields';
import { isRecord, isWebAddress, normaliseText, own, parseYear } from '$lib/domain/questionnaire/normalise';
import { finish, rowsOf } from '../shared/rows';
import { defaultMaxRows, listYearRange, type ListField, type ListItem, type ListRow } from './definition';

const maxCellLength = { text: 500, textarea: 5000, year: 4, url: 2000 } as const;

/**
 * Repeatable rows. Fully blank rows are dropped (a form always shows a spare one). Errors name a row by its
 * position in the value given, which is how form.ts numbers the rows it reads.
 */
export function assessList(
	item: ListItem,
	value: unknown,
	context: ValidationContext
): Assessment<ListRow[]> {
	const maxRows = item.maxRows ?? defaultMaxRows;
	const entries = rowsOf(item.id, value, maxRows, 'answer.tooManyRows');
	if (!Array.isArray(entries)) return entries;
	const errors: AnswerError[] = [];
	const rows: ListRow[] = [];
	const firstKey = item.fields[0]?.key ?? '';
	for (const { entry, index } of entries) {
		if (!isRecord(entry)) {
			errors.push(error(fieldName(item.id, index, firstKey), 'answer.invalid'));
			continue;
		}
		const cells = item.fields.map((field) => ({ field, text: normaliseText(own(entry, field.key)) }));
		if (cells.every((cell) => cell.text === '')) continue;
		const row: ListRow = {};
		for (const { field, text } of cells)
			row[field.key] = checkCell(fieldName(item.id, index, field.key), field, text, context, errors);
		rows.push(row);
	}
	return finish(item.id, rows, errors, maxRows, 'answer.tooManyRows');
}

function checkCell(
	name: string,
	field: ListField,
	text: string | null,
	context: ValidationContext,
	errors: AnswerError[]
): string {
	if (text === null || text === '') {
		if (text === null) errors.push(error(name, 'answer.invalid'));
		else if (field.required) errors.push(error(name, 'answer.fieldRequired'));
		return '';
	}
	if (field.kind === 'year') {
		const year = parseYear(text);
		const { min, max } = listYearRange(context);
		if (year === null) errors.push(error(name, 'answer.yearInvalid'));
		else if (year < min || year > max) errors.push(error(name, 'answer.yearRange', { min, max }));
		return text;
	}
	if (field.kind === 'url') {
		if (!isWebAddress(text)) errors.push(error(name, 'answer.invalidUrl'));
		return text;
	}
	// A one-line input cannot hold a line break (see the text type).
	const cell = field.kind === 'text' ? text.replace(/\s*\n\s*/g, ' ') : text;
	const problem = textError(name, cell, maxCellLength[field.kind]);
	if (problem) errors.push(problem);
	return cell;
}
