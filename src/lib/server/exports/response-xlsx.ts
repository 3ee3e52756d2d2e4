import { m } from '$lib/paraglide/messages.js';
import ExcelJS from 'exceljs';
import type { Locale } from '$lib/domain/locale';
import { itemsOf, localized, type Definition, type Item } from '$lib/domain/questionnaire';
import { moduleTitleOf } from '$lib/domain/questionnaire/module-of';
import { own } from '$lib/domain/questionnaire/normalise';
import { type MessageKey, type Translate } from '$lib/i18n';
import { translator } from '$lib/server/i18n/translator';
import {
	answersSheetName,
	column,
	lastColumn,
	responseKey,
	revisionsSheetName,
	type MadeFrom
} from '../response-sheet-layout';

export type { MadeFrom } from '../response-sheet-layout';
import { sheetFields } from './sheet-fields';
import { writeWorkbook } from './xlsx-whole-characters';

/**
 * A city's answers as a spreadsheet to fill in offline, and back. The sheet "Answers" has one row per field
 * (fields.ts names them); the import reads only the columns Field and Answer, so people may reword, sort or
 * colour the rest. A hidden sheet "Revisions" records the response and the revision of each item the file was
 * made from, so the upload can tell the answers changed since from the ones the file still has as they were.
 * Reading a filled file back is server/imports/response-workbook.ts.
 */

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookMeta {
	cityName: string;
	cycleName: string;
	locale: Locale;
	/** The response and item revisions the answers are; without it the file has no sheet "Revisions". */
	madeFrom?: MadeFrom;
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
		{ header: m.import_colSection({}, { locale: t.locale }), width: 26 },
		{ header: m.import_colQuestion({}, { locale: t.locale }), width: 60 },
		{ header: m.import_colItem({}, { locale: t.locale }), width: 22 },
		{ header: m.import_colField({}, { locale: t.locale }), width: 30 },
		{ header: m.import_colAnswer({}, { locale: t.locale }), width: 60 }
	];
	const header = sheet.getRow(1);
	for (let c = 1; c <= lastColumn; c++) {
		const cell = header.getCell(c);
		cell.font = { bold: true };
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E7E7' } };
		cell.alignment = { vertical: 'top', wrapText: true };
	}
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: lastColumn } };

	for (const section of definition.sections) {
		// A module's section names its module, so "Housing" reads as part of it in a sorted or filtered sheet.
		const module = moduleTitleOf(definition, section, locale);
		const sectionName = [module, localized(section.title, locale)].filter(Boolean).join(': ');
		for (const item of section.items)
			sheetFields(item, own(answers, item.id), t, locale).forEach((field, index) => {
				const label = localized(item.label, locale);
				const question = index === 0 ? [label, field.part].filter(Boolean).join('\n') : (field.part ?? label);
				const row = sheet.addRow([sectionName, question, item.id, field.field, field.text]);
				for (let c = 1; c <= lastColumn; c++) {
					const cell = row.getCell(c);
					cell.alignment = { vertical: 'top', wrapText: true };
					if (index === 0) cell.border = itemBorder;
				}
				row.getCell(column.item).font = muted;
				row.getCell(column.field).font = muted;
				const note = index === 0 ? questionNote(definition, item, locale) : '';
				if (note) row.getCell(column.question).note = note;
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
}

/**
 * The question cell's note: its hint, and when it is asked only for some answers, which ones. The sheet lists
 * every question (it cannot hide rows by the answers typed into it), so the note says when one may stay empty.
 */
function questionNote(definition: Definition, item: Item, locale: Locale): string {
	const hint = item.hint ? localized(item.hint, locale) : '';
	const target = item.shownWhen
		? itemsOf(definition).find((entry) => entry.item.id === item.shownWhen?.item)?.item
		: undefined;
	const condition =
		item.shownWhen && target
			? m.import_shownWhenNote(
					{
						question: localized(target.label, locale),
						item: target.id,
						values: item.shownWhen.values.join(', ')
					},
					{ locale }
				)
			: '';
	return [hint, condition].filter(Boolean).join('\n\n');
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
	const title = sheet.addRow([
		m.import_sheetTitle({ city: meta.cityName, cycle: meta.cycleName }, { locale: t.locale })
	]);
	title.font = { bold: true, size: 14 };
	sheet.addRow([]);
	sheet.addRow([m.import_sheetHow({}, { locale: t.locale })]).font = { bold: true };
	steps.forEach((step, index) => sheet.addRow([`${index + 1}. ${t(step)}`]));
	sheet.addRow([]);
	sheet.addRow([m.import_documents({}, { locale: t.locale })]);
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
