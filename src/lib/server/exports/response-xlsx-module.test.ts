import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { charterQuestionnaire2026WithUkraine } from '$lib/domain/questionnaire/charter-questionnaire';
import { cellText, readResponseWorkbook } from '../imports/response-workbook';
import { buildResponseWorkbook } from './response-xlsx';

/** The workbook of a cycle that asks the Ukraine module carries its questions there and back. */

const definition = charterQuestionnaire2026WithUkraine;
const context = { cycleStartYear: 2024, cycleEndYear: 2026 };
const meta = { cityName: 'Riga', cycleName: 'Cycle with the Ukraine module', locale: 'en' } as const;

async function answersSheet(buffer: Buffer) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
	return { workbook, sheet: workbook.getWorksheet('Answers')! };
}

const moduleAnswers = {
	'ukraine-people-received': { value: 9000, year: 2024, source: 'Population register' },
	'ukraine-housing-kinds': ['reception_centres', 'private_hosts'],
	'ukraine-housing-now': 'own_homes',
	'ukraine-lessons': 'One centre for every service.\nOpen every day.'
};

describe('the answers workbook of a cycle with a topical module', { timeout: 60_000 }, () => {
	it('has the module’s questions, each section named with its module', async () => {
		const { sheet } = await answersSheet(await buildResponseWorkbook(definition, {}, meta));
		const rows: [string, string][] = [];
		sheet.eachRow((row) => rows.push([cellText(row.getCell(1).value), cellText(row.getCell(4).value)]));
		expect(rows).toContainEqual([
			'Receiving people who fled the war in Ukraine: Housing',
			'ukraine-housing-now'
		]);
		expect(rows).toContainEqual([
			'Receiving people who fled the war in Ukraine: People received',
			'ukraine-people-received.source'
		]);
		// Core sections keep their own name alone.
		expect(rows.find(([, field]) => field === 'strategy')?.[0]).toBe('City context and integration strategy');
	});

	it('gives back the module answers it was built with', async () => {
		const read = await readResponseWorkbook(
			definition,
			await buildResponseWorkbook(definition, moduleAnswers, meta),
			context
		);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		for (const [id, value] of Object.entries(moduleAnswers)) expect(read.values[id]).toEqual(value);
	});

	it('reads module answers a person typed into a blank file', async () => {
		const { workbook, sheet } = await answersSheet(await buildResponseWorkbook(definition, {}, meta));
		const typed: Record<string, string> = {
			'ukraine-pupils.value': '1500',
			'ukraine-pupils.year': '2024',
			'ukraine-pupils.source': 'School register',
			'ukraine-housing-now': 'not_known'
		};
		sheet.eachRow((row) => {
			const field = cellText(row.getCell(4).value);
			if (field in typed) row.getCell(5).value = typed[field]!;
		});
		const read = await readResponseWorkbook(
			definition,
			Buffer.from(await workbook.xlsx.writeBuffer()),
			context
		);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.values['ukraine-pupils']).toEqual({ value: 1500, year: 2024, source: 'School register' });
		expect(read.values['ukraine-housing-now']).toBe('not_known');
	});
});
