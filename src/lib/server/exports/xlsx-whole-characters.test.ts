import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAnswerSheet } from '../imports/response-workbook';
import { writeWorkbook } from './xlsx-whole-characters';

/** A sheet "Answers" with one text a row, in the columns of the questionnaire's workbook. */
function answersWorkbook(texts: ExcelJS.CellValue[]): ExcelJS.Workbook {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Answers');
	sheet.addRow(['Section', 'Question', 'Item', 'Field', 'Answer']);
	texts.forEach((text, index) =>
		sheet.addRow(['Section', 'Question', `item-${index}`, `item-${index}`, text])
	);
	return workbook;
}

const rowsOf = async (bytes: Uint8Array) => {
	const read = await readAnswerSheet(bytes);
	if (!read.ok) throw new Error('unreadable');
	return read.rows.map((row) => row.text);
};

describe('writing characters outside the Basic Multilingual Plane', () => {
	// The XML is turned into bytes in pieces of 16,384 UTF-16 units. A long run of emoji crosses the first cut
	// either between two emoji or in the middle of one; one more letter in front swaps the two cases.
	it.each(['', 'a'])('keeps a long text of emoji whole (prefix "%s")', async (prefix) => {
		const text = `${prefix}${'👍'.repeat(12_000)}`;
		expect(await rowsOf(await writeWorkbook(answersWorkbook([text])))).toEqual([text]);
	});

	it('keeps rare scripts, the marker characters themselves, rich text and links as they were', async () => {
		const texts = ['Cours 𑈌 de langue', 'Marks \uE000 1f44d \uE001 stay', 'Sprachkurse für alle 🇪🇺'];
		const rich = { richText: [{ text: 'Gras 👍 ' }, { text: 'et 𓀀', font: { bold: true } }] };
		const link = { text: 'Site 🌍', hyperlink: 'https://example.eu/' };
		expect(await rowsOf(await writeWorkbook(answersWorkbook([...texts, rich, link])))).toEqual([
			...texts,
			'Gras 👍 et 𓀀',
			'Site 🌍'
		]);
	});
});
