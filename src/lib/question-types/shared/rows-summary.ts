import { rowsOf } from './input-props';
import type { SummaryPart } from './summary-parts';

/** Each entry on a line, its filled cells separated by dots; the city wrote them, in whatever language. */
export function rowsSummary(value: unknown): SummaryPart[] {
	const rows = rowsOf(value).map((row: unknown) => ({
		// A row stored as something else than an entry (before answers were checked) shows as it is.
		text:
			row !== null && typeof row === 'object'
				? Object.values(row).filter(Boolean).map(String).join(' · ')
				: String(row ?? '')
	}));
	return [{ kind: 'rows', rows, written: true }];
}
