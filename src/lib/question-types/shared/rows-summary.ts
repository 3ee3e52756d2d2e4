import { rowsOf } from './input-props';
import type { SummaryPart } from './summary-parts';

/** Each entry on a line, its filled cells separated by dots; the city wrote them, in whatever language. */
export function rowsSummary(value: unknown): SummaryPart[] {
	const rows = rowsOf(value).map((row) => ({
		text: Object.values(row).filter(Boolean).map(String).join(' · ')
	}));
	return [{ kind: 'rows', rows, written: true }];
}
