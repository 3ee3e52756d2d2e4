import ExcelJS from 'exceljs';
import type { Locale } from '$lib/domain/locale';
import { localized, type Definition, type ValidationContext } from '$lib/domain/questionnaire';
import { own } from '$lib/domain/questionnaire/normalise';
import { translator, type MessageKey, type Translate } from '$lib/i18n';
import { answersFromRows, type ImportError, type ImportRead, type SheetRow } from './sheet-answers';
import { sheetFields } from './sheet-fields';
import { unpackedSizeWithin } from '../files/bounded-unzip';
import { writeWorkbook } from './xlsx-whole-characters';

export type { ImportError, ImportRead } from './sheet-answers';

/**
 * A city's answers as a spreadsheet to fill in offline, and back. The sheet "Answers" has one row per field
 * (fields.ts names them); the import reads only the columns Field and Answer, so people may reword, sort or
 * colour the rest. A hidden sheet "Revisions" records the response and the revision of each item the file was
 * made from, so the upload can tell the answers changed since from the ones the file still has as they were.
 */

export const answersSheetName = 'Answers';
export const revisionsSheetName = 'Revisions';
/** The first row of the sheet "Revisions": this key, then the response's id. */
const responseKey = 'response';
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const column = { section: 1, question: 2, item: 3, field: 4, answer: 5 } as const;
const lastColumn = column.answer;
// The questionnaire has a few hundred fields; anything far beyond is not a sheet we made.
const maxSheetRows = 10_000;
// A zip bomb of a few megabytes could unpack to gigabytes in memory: the archive is unpacked with this cap first
// (bounded-unzip.ts), never trusting the sizes it declares.
const maxUnpackedBytes = 50 * 1024 * 1024;

export interface WorkbookMeta {
	cityName: string;
	cycleName: string;
	locale: Locale;
	/** The response and item revisions the answers are; without it the file has no sheet "Revisions". */
	madeFrom?: MadeFrom;
}

/** What a file was made from: the response, and each item's revision (an item without an answer: 0). */
export interface MadeFrom {
	responseId: number;
	revisions: Map<string, number>;
}

export async function buildResponseWorkbook(
	definition: Definition,
	answers: Record<string, unknown>,
	meta: WorkbookMeta
): Promise<Buffer> {
	const t = translator(meta.locale);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Integrating Cities Monitor';
	addAnswers(workbook, definition, answers, meta.locale, t);
	addInstructions(workbook, meta, t);
	if (meta.madeFrom) await addRevisions(workbook, definition, meta.madeFrom);
	return writeWorkbook(workbook);
}

const muted: Partial<ExcelJS.Font> = { color: { argb: 'FF5F5F5F' }, size: 9 };
const itemBorder: Partial<ExcelJS.Borders> = { top: { style: 'thin', color: { argb: 'FFBFBFBF' } } };
const answerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E0' } };

function addAnswers(
	workbook: ExcelJS.Workbook,
	definition: Definition,
	answers: Record<string, unknown>,
	locale: Locale,
	t: Translate
) {
	const sheet = workbook.addWorksheet(answersSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = [
		{ header: t('import.colSection'), width: 26 },
		{ header: t('import.colQuestion'), width: 60 },
		{ header: t('import.colItem'), width: 22 },
		{ header: t('import.colField'), width: 30 },
		{ header: t('import.colAnswer'), width: 60 }
	];
	const header = sheet.getRow(1);
	for (let c = 1; c <= lastColumn; c++) {
		const cell = header.getCell(c);
		cell.font = { bold: true };
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E7E7' } };
		cell.alignment = { vertical: 'top', wrapText: true };
	}
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: lastColumn } };

	for (const section of definition.sections)
		for (const item of section.items)
			sheetFields(item, own(answers, item.id), t, locale).forEach((field, index) => {
				const label = localized(item.label, locale);
				const question = index === 0 ? [label, field.part].filter(Boolean).join('\n') : (field.part ?? label);
				const row = sheet.addRow([
					localized(section.title, locale),
					question,
					item.id,
					field.field,
					field.text
				]);
				for (let c = 1; c <= lastColumn; c++) {
					const cell = row.getCell(c);
					cell.alignment = { vertical: 'top', wrapText: true };
					if (index === 0) cell.border = itemBorder;
				}
				row.getCell(column.item).font = muted;
				row.getCell(column.field).font = muted;
				if (index === 0 && item.hint) row.getCell(column.question).note = localized(item.hint, locale);
				const answer = row.getCell(column.answer);
				// Text format: Excel would otherwise turn '2021-05' into a date or '0012' into 12.
				answer.numFmt = '@';
				answer.fill = answerFill;
				if (field.note) answer.note = field.note;
				if (field.choices && isSimpleList(field.choices))
					answer.dataValidation = {
						type: 'list',
						allowBlank: true,
						formulae: [`"${field.choices.join(',')}"`],
						showErrorMessage: true,
						errorStyle: 'stop'
					};
			});
}

/** Excel takes an inline list of at most 255 characters, without commas or quotes inside the values. */
function isSimpleList(values: string[]): boolean {
	return values.join(',').length <= 250 && values.every((v) => !/[,"]/.test(v));
}

const steps: MessageKey[] = [
	'import.sheetStep1',
	'import.sheetStep2',
	'import.sheetStep3',
	'import.sheetStep4',
	'import.sheetStep5',
	'import.sheetStep6'
];

function addInstructions(workbook: ExcelJS.Workbook, meta: WorkbookMeta, t: Translate) {
	const sheet = workbook.addWorksheet('Instructions');
	sheet.getColumn(1).width = 100;
	const title = sheet.addRow([t('import.sheetTitle', { city: meta.cityName, cycle: meta.cycleName })]);
	title.font = { bold: true, size: 14 };
	sheet.addRow([]);
	sheet.addRow([t('import.sheetHow')]).font = { bold: true };
	steps.forEach((step, index) => sheet.addRow([`${index + 1}. ${t(step)}`]));
	sheet.addRow([]);
	sheet.addRow([t('import.documents')]);
	sheet.getColumn(1).alignment = { vertical: 'top', wrapText: true };
}

/**
 * The revision of every item in the file, in a sheet Excel and LibreOffice do not list (very hidden) and
 * protected, so nobody edits it by chance. Items without an answer are written with revision 0: a colleague
 * answering one of them later is a change since the file was made too.
 */
async function addRevisions(workbook: ExcelJS.Workbook, definition: Definition, madeFrom: MadeFrom) {
	const sheet = workbook.addWorksheet(revisionsSheetName, { state: 'veryHidden' });
	sheet.addRow([responseKey, madeFrom.responseId]);
	for (const section of definition.sections)
		for (const item of section.items) sheet.addRow([item.id, madeFrom.revisions.get(item.id) ?? 0]);
	await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

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
