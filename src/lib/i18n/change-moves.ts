import type { Locale } from '$lib/domain/locale';
import { m } from '$lib/paraglide/messages.js';

/** How a commitment's rating moved between two cycles, in the order tables and charts show them. */
export const changeMoves = ['better', 'same', 'worse'] as const;
export type ChangeMove = (typeof changeMoves)[number];

const moveMessages = {
	better: m.analysis_change_better,
	same: m.analysis_change_same,
	worse: m.analysis_change_worse
};

/** A move's name in the reader's language: a column of the analysis, a series of the chart, the DOCX table. */
export function changeMoveName(move: ChangeMove, locale: Locale): string {
	return moveMessages[move]({}, { locale });
}
