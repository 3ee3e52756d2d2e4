import { describe, expect, it } from 'vitest';
import { annexCsv } from './annex-csv';
import { aggregateColumns } from './annex-rows';
import { csvSafeCell } from './csv-cells';

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks); `#` lines left out. */
function parse(csv: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const endCell = () => {
		row.push(cell);
		cell = '';
	};
	for (let i = 0; i < csv.length; i++) {
		const c = csv[i];
		if (quoted && c === '"' && csv[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (c === '"') {
			quoted = !quoted;
		} else if (!quoted && c === ',') {
			endCell();
		} else if (!quoted && c === '\n') {
			endCell();
			rows.push(row);
			row = [];
		} else if (quoted || c !== '\r') {
			cell += c;
		}
	}
	if (cell !== '' || row.length) {
		endCell();
		rows.push(row);
	}
	return rows.filter((r) => !r[0]?.startsWith('#'));
}

describe('CSV cells a spreadsheet would run as formulas', () => {
	it('start with a single quote; other text and numbers stay as they are', () => {
		for (const formula of [
			'=1+1',
			'+31 20 555',
			'-2+3',
			'@SUM(A1)',
			'\t=1',
			'\r=1',
			'=HYPERLINK("http://evil")'
		])
			expect(csvSafeCell(formula)).toBe(`'${formula}`);
		for (const plain of ['Helsinki', '', ' =1', "'quoted", '1=1', 'a-b'])
			expect(csvSafeCell(plain)).toBe(plain);
		expect(csvSafeCell(-5)).toBe(-5);
		expect(csvSafeCell(0.25)).toBe(0.25);
	});

	it('the data annex escapes city texts it publishes', () => {
		const csv = annexCsv({
			cycleSlug: '2018-2020',
			about: ['About'],
			aggregates: [[1, 'provider', 1, 0, 0, 0, 1, 0, 0]],
			cityRows: [
				[
					'helsinki',
					'Helsinki',
					'FI',
					'c1-rating.evidence',
					'=HYPERLINK("http://evil.example","Click")',
					'@x'
				],
				['helsinki', 'Helsinki', 'FI', 'fb-share.value', -3, '-sum']
			]
		});
		const rows = parse(csv.replace(/^\uFEFF/, ''));
		const cells = rows.slice(1).map((row) => row.slice(1 + aggregateColumns.length));
		expect(cells[1]).toEqual([
			'helsinki',
			'Helsinki',
			'FI',
			'c1-rating.evidence',
			`'=HYPERLINK("http://evil.example","Click")`,
			"'@x"
		]);
		expect(cells[2]).toEqual(['helsinki', 'Helsinki', 'FI', 'fb-share.value', '-3', "'-sum"]);
		// No cell of the file starts like a formula.
		expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d/.test(cell))).toEqual([]);
	});
});
