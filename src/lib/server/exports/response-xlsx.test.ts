import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
	charterQuestionnaire,
	definitionSchema,
	itemsOf,
	validateDraftAnswer,
	type Definition,
	type Item
} from '$lib/domain/questionnaire';
import { validValue } from '$test-support/questionnaire-arbitraries';
import { cellText, readResponseWorkbook } from '../imports/response-workbook';
import { buildResponseWorkbook } from './response-xlsx';

const context = { cycleStartYear: 2024, cycleEndYear: 2026 };
const meta = { cityName: 'Helsinki', cycleName: 'Cycle 2024–2026', locale: 'en' } as const;

async function sheetOf(buffer: Buffer, name = 'Answers'): Promise<ExcelJS.Worksheet> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
	const sheet = workbook.getWorksheet(name);
	if (!sheet) throw new Error(`no sheet ${name}`);
	return sheet;
}

/** The rows after the header as [Item, Field, Answer]. */
async function rowsOf(buffer: Buffer): Promise<string[][]> {
	const sheet = await sheetOf(buffer);
	const rows: string[][] = [];
	sheet.eachRow((row, n) => {
		if (n > 1) rows.push([3, 4, 5].map((c) => cellText(row.getCell(c).value)));
	});
	return rows;
}

/** Writes answers into the Answer column (by Field) and appends extra [field, answer] rows, as a person would. */
async function edited(buffer: Buffer, answers: Record<string, string>, extra: [string, string][] = []) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
	const sheet = workbook.getWorksheet('Answers')!;
	sheet.eachRow((row) => {
		const field = cellText(row.getCell(4).value);
		if (field in answers) row.getCell(5).value = answers[field]!;
	});
	for (const [field, answer] of extra) sheet.addRow(['', '', '', field, answer]);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rowNumberOf(rows: string[][], field: string): number {
	return rows.findIndex((row) => row[1] === field) + 2;
}

/** Sheet rows an item should get when it has no answer. */
function expectedRows(item: Item): number {
	switch (item.type) {
		case 'rating':
			return 2;
		case 'text':
		case 'choice':
		case 'multi_choice':
			return 1;
		case 'number':
			return 1 + Number(item.withYear) + Number(item.withSource);
		case 'indicator':
			return 6;
		case 'list':
			return item.fields.length * Math.min(3, item.maxRows ?? 100);
		case 'links':
			return 2 * 3;
		case 'attachments':
			return 0;
	}
}

// The shipped questionnaire has no plain number item; this one adds one, required, to the shipped items.
const withNumber: Definition = definitionSchema.parse({
	...charterQuestionnaire,
	sections: [
		...charterQuestionnaire.sections,
		{
			id: 'extra',
			title: { en: 'Extra' },
			items: [
				{
					id: 'staff',
					type: 'number',
					label: { en: 'Staff' },
					required: true,
					unit: 'people',
					integer: true,
					min: 0,
					withYear: true,
					withSource: false
				}
			]
		}
	]
});

// Building and unpacking workbooks takes a moment, more so on a busy machine.
describe('the answers workbook', { timeout: 60_000 }, () => {
	it('has a header row and one row per field of every item, none for documents', async () => {
		const buffer = await buildResponseWorkbook(charterQuestionnaire, {}, meta);
		const sheet = await sheetOf(buffer);
		expect([1, 2, 3, 4, 5].map((c) => sheet.getRow(1).getCell(c).value)).toEqual([
			'Section',
			'Question',
			'Item',
			'Field',
			'Answer'
		]);
		const rows = await rowsOf(buffer);
		const items = itemsOf(charterQuestionnaire).map(({ item }) => item);
		expect(rows).toHaveLength(items.reduce((sum, item) => sum + expectedRows(item), 0));
		expect(rows.filter(([item]) => item === 'c1-rating')).toEqual([
			['c1-rating', 'c1-rating.rating', ''],
			['c1-rating', 'c1-rating.evidence', '']
		]);
		expect(rows.some(([item]) => item === 'documents')).toBe(false);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		const rating = sheet.getRow(rowNumberOf(rows, 'c1-rating.rating')).getCell(5);
		expect(rating.dataValidation).toMatchObject({ type: 'list', formulae: ['"fully,partly,not_at_all"'] });
		expect(String(rating.note)).toContain('not_at_all');
		expect((await sheetOf(buffer, 'Instructions')).getRow(1).getCell(1).value).toBe(
			'Helsinki: answers to Cycle 2024–2026'
		);
	});

	it('lists a question asked only for some answers, its note saying when it is asked', async () => {
		const strategySection = charterQuestionnaire.sections.find((s) =>
			s.items.some((i) => i.id === 'strategy')
		)!;
		const conditional: Definition = {
			...charterQuestionnaire,
			sections: charterQuestionnaire.sections.map((section) =>
				section !== strategySection
					? section
					: {
							...section,
							items: [
								...section.items,
								{
									id: 'strategy-review',
									type: 'text',
									multiline: false,
									label: { en: 'When was it last reviewed?' },
									required: true,
									shownWhen: { item: 'strategy', values: ['yes'] }
								}
							]
						}
			)
		};
		const buffer = await buildResponseWorkbook(definitionSchema.parse(conditional), {}, meta);
		const rows = await rowsOf(buffer);
		const question = (await sheetOf(buffer)).getRow(rowNumberOf(rows, 'strategy-review')).getCell(2);
		expect(String(question.note)).toBe(
			'Asked only when “Does your city have an integration strategy?” (strategy) is one of: yes. Otherwise it can stay empty.'
		);
	});

	it('writes questions in the requested language', async () => {
		const rows: string[] = [];
		(await sheetOf(await buildResponseWorkbook(charterQuestionnaire, {}, { ...meta, locale: 'fr' }))).eachRow(
			(row) => rows.push(cellText(row.getCell(2).value))
		);
		expect(rows[0]).toBe('Question');
		expect(rows).toContain('Votre ville a-t-elle une stratégie d’intégration ?');
	});

	it('reads an untouched blank sheet as no answers, without asking for required ones', async () => {
		const read = await readResponseWorkbook(
			withNumber,
			await buildResponseWorkbook(withNumber, {}, meta),
			context
		);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(Object.values(read.values).every((v) => v === null)).toBe(true);
		expect(read.values).toHaveProperty('staff', null);
		expect(read.values).not.toHaveProperty('documents');
	});

	it('gives back every valid answer it was built with', async () => {
		const items = itemsOf(withNumber)
			.map(({ item }) => item)
			.filter((item) => item.type !== 'attachments');
		const answers = fc.record(Object.fromEntries(items.map((item) => [item.id, validValue(item, context)])));
		await fc.assert(
			fc.asyncProperty(answers, async (raw) => {
				const stored = Object.fromEntries(
					items.map((item) => {
						const checked = validateDraftAnswer(item, raw[item.id], context);
						if (!checked.ok) throw new Error(`${item.id}: generator gave an invalid value`);
						return [item.id, checked.value];
					})
				);
				const read = await readResponseWorkbook(
					withNumber,
					await buildResponseWorkbook(withNumber, stored, meta),
					context
				);
				expect(read).toEqual({ ok: true, values: stored });
			}),
			{ numRuns: 15 }
		);
	});

	it('lists every problem by row and field, and returns no values', async () => {
		const buffer = await buildResponseWorkbook(withNumber, {}, meta);
		const rows = await rowsOf(buffer);
		const read = await readResponseWorkbook(
			withNumber,
			await edited(
				buffer,
				{
					'c6-rating.rating': 'fully',
					'foreign-born-share.value': '150',
					'foreign-born-share.year': '2023',
					'foreign-born-share.source': 'Census',
					'foreign-born-share.definition': 'foreign_born',
					'foreign-born-share.nationalOnly': 'maybe',
					'staff.value': '12.5',
					'staff.year': '2024'
				},
				[
					['c6-rating.evidence', 'Twice'],
					['c6-rating.colour', 'blue'],
					['', 'An answer without a field']
				]
			),
			context
		);
		expect(read.ok).toBe(false);
		if (read.ok) return;
		const at = (field: string) => rowNumberOf(rows, field);
		const extraRow = rows.length + 2;
		expect(read.errors).toEqual([
			{ row: at('c6-rating.evidence'), field: 'c6-rating.evidence', message: 'answer.evidenceRequired' },
			{
				row: at('foreign-born-share.value'),
				field: 'foreign-born-share.value',
				message: 'answer.percentRange'
			},
			{
				row: at('foreign-born-share.nationalOnly'),
				field: 'foreign-born-share.nationalOnly',
				message: 'import.yesOrNo'
			},
			{ row: at('staff.value'), field: 'staff.value', message: 'answer.notAWholeNumber' },
			{ row: extraRow, field: 'c6-rating.evidence', message: 'import.duplicateField' },
			{ row: extraRow + 1, field: 'c6-rating.colour', message: 'import.unknownField' },
			{ row: extraRow + 2, field: '', message: 'import.unknownField' }
		]);
	});

	it('points list errors at the sheet row, whatever entries were left blank', async () => {
		const buffer = await buildResponseWorkbook(withNumber, {}, meta);
		const rows = await rowsOf(buffer);
		const read = await readResponseWorkbook(
			withNumber,
			await edited(buffer, { 'good-practices.2.summary': 'A summary without a title' }),
			context
		);
		expect(read).toEqual({
			ok: false,
			errors: [
				{
					row: rowNumberOf(rows, 'good-practices.2.title'),
					field: 'good-practices.2.title',
					message: 'answer.fieldRequired'
				}
			]
		});
	});

	it('clears an answer whose cells were emptied, required or not, as saving it blank does', async () => {
		const stored = { 'c1-rating': { rating: 'partly', evidence: 'Some' }, strategy: 'yes' };
		const buffer = await buildResponseWorkbook(withNumber, stored, meta);
		const cleared = await edited(buffer, { 'c1-rating.rating': '', 'c1-rating.evidence': '', strategy: '' });
		const read = await readResponseWorkbook(withNumber, cleared, context);
		expect(read).toMatchObject({ ok: true, values: { 'c1-rating': null, strategy: null } });
	});

	it('reads what people type or paste: numbers, booleans, rich text, links and formulas', () => {
		expect(cellText(12.5)).toBe('12.5');
		expect(cellText(2023)).toBe('2023');
		expect(cellText(true)).toBe('true');
		expect(cellText(new Date('2021-05-01T00:00:00Z'))).toBe('2021-05-01');
		expect(cellText({ richText: [{ text: 'Two ' }, { font: { bold: true }, text: 'parts' }] })).toBe(
			'Two parts'
		);
		expect(cellText({ text: 'https://example.eu', hyperlink: 'https://example.eu' })).toBe(
			'https://example.eu'
		);
		expect(cellText({ formula: '40+2', result: 42 })).toBe('42');
		expect(cellText({ error: '#N/A' })).toBe('#N/A');
		expect(cellText({ formula: 'A1' })).toBe('');
	});
});

describe('reading junk', { timeout: 60_000 }, () => {
	const unreadable = { ok: false, errors: [{ row: 0, field: '', message: 'import.unreadable' }] };

	it('never throws on random bytes', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
				expect(await readResponseWorkbook(charterQuestionnaire, bytes, context)).toEqual(unreadable);
			}),
			{ numRuns: 200 }
		);
	});

	it('never throws on a damaged workbook', async () => {
		const buffer = await buildResponseWorkbook(charterQuestionnaire, {}, meta);
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: buffer.length - 1 }),
				fc.integer({ min: 0, max: 255 }),
				fc.boolean(),
				async (at, byte, truncate) => {
					const damaged = truncate
						? buffer.subarray(0, at)
						: Buffer.from(buffer).fill(byte, at, Math.min(at + 16, buffer.length));
					const read = await readResponseWorkbook(charterQuestionnaire, damaged, context);
					expect(typeof read.ok).toBe('boolean');
				}
			),
			{ numRuns: 100 }
		);
	});

	it('refuses a workbook without the sheet Answers, and a small file that unpacks to a huge one', async () => {
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('Sheet1').addRow(['c1-rating.rating', 'fully']);
		const other = Buffer.from(await workbook.xlsx.writeBuffer());
		expect(await readResponseWorkbook(charterQuestionnaire, other, context)).toEqual(unreadable);

		const zip = new JSZip();
		zip.file('xl/sharedStrings.xml', ' '.repeat(60 * 1024 * 1024));
		const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
		expect(bomb.length).toBeLessThan(1024 * 1024);
		expect(await readResponseWorkbook(charterQuestionnaire, bomb, context)).toEqual({
			ok: false,
			errors: [{ row: 0, field: '', message: 'import.unpackedTooLarge', params: { maxMb: 50 } }]
		});
	});
});
