import { stringify } from 'csv-stringify/sync';
import { aggregateColumns, cityColumns, type AnnexTables, type Cell } from './annex-rows';
import { csvSafeRows } from './csv-cells';

export const csvContentType = 'text/csv; charset=utf-8';

/**
 * The data annex as one CSV file. Layout: a few `#` comment lines describing the file (the first says
 * "Illustrative" for the demo's made-up cycles), then one header row, then rows whose first column `part` says
 * what they hold:
 * - `aggregate`: one commitment's counts and shares, in the columns `commitment` … `share_not_at_all`;
 * - `city`: one answered item of one city, in the columns `city_slug` … `language` (only when the cycle made
 *   city-level answers public; otherwise a comment line says they are left out).
 * The other part's columns stay empty. UTF-8 with a byte order mark, so that Excel reads accents correctly.
 */
export function annexCsv(tables: AnnexTables): string {
	const layout =
		'Layout: the column part says what a row holds: aggregate = the counts and shares of one commitment (columns commitment to share_not_at_all); city = one answered item of one city (columns city_slug to language).';
	// Quoted by csv-stringify only if a sentence ever holds a comma, a quote or a line break.
	const comments = [...tables.about, layout].map((line) => [`# ${line}`]);
	const blankAggregate = aggregateColumns.map(() => '');
	const blankCity = cityColumns.map(() => '');
	const rows: Cell[][] = [
		['part', ...aggregateColumns, ...cityColumns],
		...tables.aggregates.map((row) => ['aggregate', ...row, ...blankCity]),
		...(tables.cityRows ?? []).map((row) => ['city', ...blankAggregate, ...row])
	];
	// City texts are published as typed: a cell that a spreadsheet would run as a formula is escaped.
	return '\uFEFF' + stringify(comments) + stringify(csvSafeRows(rows));
}
