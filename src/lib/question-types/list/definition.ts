import type { ValidationContext } from '$lib/domain/questionnaire/assessment';

export type { ListField, ListItem } from './schema';

export type ListRow = Record<string, string>;

// Generous for people, small enough to keep a response a sensible size.
export const defaultMaxRows = 100;

/** Years of a practice: it may have started long before the cycle, and its end may be planned. */
export function listYearRange(context: ValidationContext): { min: number; max: number } {
	return { min: 1900, max: context.cycleEndYear + 10 };
}
