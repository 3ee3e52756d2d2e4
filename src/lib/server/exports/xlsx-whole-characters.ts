import type ExcelJS from 'exceljs';
import JSZip from 'jszip';

/*
 * ExcelJS hands each XML part of a workbook to JSZip as a string, and JSZip 3.10 turns strings into UTF-8 in
 * pieces of 16,384 UTF-16 units. A character made of two units (emoji, historic and rarer scripts) that falls
 * across a cut is written as "��": a city's text would change in its own download. So such characters (and
 * the two marker characters, should anyone type them) go into the cells as markers ExcelJS and JSZip pass on
 * unharmed, and each marked character is put back, as UTF-8 bytes, once the workbook is written.
 */
const open = '\uE000';
const close = '\uE001';
const fragile = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uE000\uE001]/g;
const markers = /\uE000([0-9a-f]{1,6})\uE001/g;

const mark = (text: string) =>
	text.replace(fragile, (character) => `${open}${character.codePointAt(0)!.toString(16)}${close}`);

/** Marks the fragile characters of every text cell (plain, rich text, hyperlink) in the workbook. */
function markCells(workbook: ExcelJS.Workbook) {
	workbook.eachSheet((sheet) =>
		sheet.eachRow((row) =>
			row.eachCell((cell) => {
				const value = cell.value;
				if (typeof value === 'string') {
					const marked = mark(value);
					if (marked !== value) cell.value = marked;
				} else if (value && typeof value === 'object' && 'richText' in value) {
					cell.value = { richText: value.richText.map((run) => ({ ...run, text: mark(run.text) })) };
				} else if (value && typeof value === 'object' && 'hyperlink' in value && 'text' in value) {
					cell.value = { ...value, text: mark(String(value.text)) };
				}
			})
		)
	);
}

/** The workbook as XLSX bytes, every character as it was given. */
export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
	markCells(workbook);
	const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
	for (const entry of Object.values(zip.files)) {
		if (entry.dir || !entry.name.endsWith('.xml')) continue;
		// Decoded by Node in one piece: nothing is cut here.
		const xml = Buffer.from(await entry.async('uint8array')).toString('utf8');
		if (!xml.includes(open)) continue;
		const restored = xml.replace(markers, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
		// Bytes, not a string: JSZip stores them as they are.
		zip.file(entry.name, Buffer.from(restored, 'utf8'));
	}
	return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
