/**
 * A cell of a CSV file we write, made safe to open in a spreadsheet. Text that starts with `=`, `+`, `-` or `@`
 * (or a tab or carriage return, which some spreadsheets skip before looking) would be read as a formula,
 * so a city's text could run one on the reader's computer ("CSV injection"). Such text gets a leading single
 * quote, as OWASP advises; spreadsheets then show it as text. Numbers are data and stay as they are.
 */
export function csvSafeCell<T>(cell: T): T | string {
	return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Every cell of every row made safe (csvSafeCell). */
export function csvSafeRows<T>(rows: readonly (readonly T[])[]): (T | string)[][] {
	return rows.map((row) => row.map(csvSafeCell));
}
