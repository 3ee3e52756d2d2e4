/**
 * Good practices a city entered in its questionnaire (the `good-practices` list item of the Charter
 * questionnaire): each row can be promoted into the library. A promoted practice remembers its row as
 * `good-practices#<n>`, n counting rows from 1 as the city sees them.
 */
export const candidateItemId = 'good-practices';

export interface CandidateRow {
	/** 1 for the first row. */
	row: number;
	title: string;
	summary: string;
	startYear: number | null;
	endYear: number | null;
	link: string | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const year = (value: unknown) => {
	const n = Number(text(value));
	return text(value) !== '' && Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : null;
};

/** The rows of a stored list answer that say something (a title or a summary), in the city's order. */
export function candidateRows(value: unknown): CandidateRow[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((entry, index) => {
		if (!entry || typeof entry !== 'object') return [];
		const row = entry as Record<string, unknown>;
		const title = text(row.title);
		const summary = text(row.summary);
		if (!title && !summary) return [];
		return [
			{
				row: index + 1,
				title,
				summary,
				startYear: year(row.startYear),
				endYear: year(row.endYear),
				link: text(row.link) || null
			}
		];
	});
}

export function candidateSourceItemId(row: number): string {
	return `${candidateItemId}#${row}`;
}

/** The row number in a source item id, or null when the id is not one of a good-practice row. */
export function candidateRowOf(sourceItemId: string | null): number | null {
	const match = sourceItemId?.match(/^good-practices#(\d{1,3})$/);
	return match ? Number(match[1]) : null;
}
