import ExcelJS from 'exceljs';
import { aggregateColumns, cityColumns, type AnnexTables } from './annex-rows';
import { writeWorkbook } from './xlsx-whole-characters';

export const annexSheets = {
	about: 'About',
	aggregates: 'Aggregates',
	cities: 'Answers by city'
} as const;

/**
 * The data annex as a workbook: "About" (what the file holds, "Illustrative" first for the demo's made-up
 * cycles, and whether city answers are left out), "Aggregates" (one row per commitment) and, only when the cycle
 * made city-level answers public, "Answers by city" (one row per city and answered item).
 */
export async function annexWorkbook(tables: AnnexTables): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Integrating Cities Monitor';

	const about = workbook.addWorksheet(annexSheets.about);
	about.getColumn(1).width = 110;
	about.getColumn(1).alignment = { vertical: 'top', wrapText: true };
	tables.about.forEach((line, index) => {
		const row = about.addRow([line]);
		if (index === 0) row.font = { bold: true };
	});

	addTable(workbook, annexSheets.aggregates, aggregateColumns, tables.aggregates);
	if (tables.cityRows) addTable(workbook, annexSheets.cities, cityColumns, tables.cityRows);
	return writeWorkbook(workbook);
}

function addTable(
	workbook: ExcelJS.Workbook,
	name: string,
	columns: readonly string[],
	rows: AnnexTables['aggregates']
) {
	const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = columns.map((header) => ({
		header,
		width: ['value', 'detail', 'city_name'].includes(header) ? 40 : 14
	}));
	sheet.getRow(1).font = { bold: true };
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
	for (const values of rows) {
		const row = sheet.addRow(values);
		// Text cells stay text: Excel would otherwise turn an answer like '2021-05' into a date.
		row.eachCell((cell) => {
			if (typeof cell.value === 'string') cell.numFmt = '@';
		});
	}
}
