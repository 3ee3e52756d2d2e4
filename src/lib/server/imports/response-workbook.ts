import ExcelJS from 'exceljs';
import type { Definition, ValidationContext } from '$lib/domain/questionnaire';
import { own } from '$lib/domain/questionnaire/normalise';
import { unpackedSizeWithin } from '../files/bounded-unzip';
import {
	answersSheetName,
	column,
	responseKey,
	revisionsSheetName,
	type MadeFrom
} from '../response-sheet-layout';
import { answersFromRows, type ImportError, type ImportRead, type SheetRow } from './sheet-answers';

export type { ImportError, ImportRead } from './sheet-answers';

/**
 * Reads a city's filled response workbook back (exports/response-xlsx.ts writes it): the columns Field and
 * Answer of the sheet "Answers", and the hidden sheet "Revisions" the file was made from.
 */

// The questionnaire has a few hundred fields; anything far beyond is not a sheet we made.
const maxSheetRows = 10_000;
// A zip bomb of a few megabytes could unpack to gigabytes in memory: the archive is unpacked with this cap first
// (bounded-unzip.ts), never trusting the sizes it declares.
const maxUnpackedBytes = 50 * 1024 * 1024;

/** Reads a filled workbook: the answers it gives, validated, or every problem by row. Never throws. */
export async function readResponseWorkbook(
	definition: Definition,
	buffer: Uint8Array,
	context: ValidationContext
): Promise<ImportRead> {
	const sheet = await readAnswerSheet(buffer);
	return sheet.ok ? answersFromRows(definition, sheet.rows, context) : sheet;
}

/** The filled rows of the sheet "Answers" (row 1 holds the headings). Never throws, whatever the bytes. */
export async function readAnswerSheet(
	buffer: Uint8Array
): Promise<{ ok: true; rows: SheetRow[]; madeFrom: MadeFrom | null } | { ok: false; errors: ImportError[] }> {
	const unpacked = await unpackedSizeWithin(buffer, maxUnpackedBytes);
	if (!unpacked.ok) return unpacked.reason === 'too_large' ? unpackedTooLarge() : unreadable();
	try {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
		const sheet = workbook.getWorksheet(answersSheetName);
		if (!sheet) return unreadable();
		const rows: SheetRow[] = [];
		let tooMany = false;
		sheet.eachRow((row, number) => {
			if (number === 1 || tooMany) return;
			const field = cellText(row.getCell(column.field).value).trim();
			const text = cellText(row.getCell(column.answer).value);
			if (field === '' && text.trim() === '') return;
			if (rows.length >= maxSheetRows) tooMany = true;
			else rows.push({ row: number, field, text });
		});
		if (tooMany)
			return {
				ok: false,
				errors: [{ row: 0, field: '', message: 'import.tooManyRows', params: { max: maxSheetRows } }]
			};
		return { ok: true, rows, madeFrom: readRevisions(workbook) };
	} catch {
		return unreadable();
	}
}

/**
 * The sheet "Revisions", or null when the file has none (a file made before sheets had it, or answers copied
 * into another workbook) or it is not one we wrote. Rows that are not an item id and a whole number are left
 * out: their items count as made from revision 0.
 */
function readRevisions(workbook: ExcelJS.Workbook): MadeFrom | null {
	const sheet = workbook.getWorksheet(revisionsSheetName);
	if (!sheet) return null;
	const whole = (text: string) => (/^\d{1,9}$/.test(text.trim()) ? Number(text) : null);
	let responseId = null as number | null;
	const revisions = new Map<string, number>();
	sheet.eachRow((row, number) => {
		const key = cellText(row.getCell(1).value).trim();
		const value = whole(cellText(row.getCell(2).value));
		if (number === 1) responseId = key === responseKey ? value : null;
		else if (key !== '' && value !== null && revisions.size < maxSheetRows) revisions.set(key, value);
	});
	return responseId === null ? null : { responseId, revisions };
}

function unpackedTooLarge(): { ok: false; errors: ImportError[] } {
	const maxMb = maxUnpackedBytes / 1024 / 1024;
	return {
		ok: false,
		errors: [{ row: 0, field: '', message: 'import.unpackedTooLarge', params: { maxMb } }]
	};
}

function unreadable(): { ok: false; errors: ImportError[] } {
	return { ok: false, errors: [{ row: 0, field: '', message: 'import.unreadable' }] };
}

/**
 * What a cell shows, as text. Cells may hold numbers, dates, booleans, rich text, hyperlinks or formulas when
 * people type or paste into them; a formula counts by its last computed result.
 */
export function cellText(value: unknown, depth = 0): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value !== 'object' || depth > 2) return '';
	if ('richText' in value && Array.isArray(value.richText))
		return value.richText.map((run: unknown) => cellText(own(run, 'text'), depth + 1)).join('');
	if ('result' in value) return cellText(value.result, depth + 1);
	if ('text' in value) return cellText(value.text, depth + 1);
	if ('error' in value) return cellText(value.error, depth + 1);
	return '';
}
