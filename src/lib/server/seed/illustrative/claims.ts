import type { CommitmentNumber, Participation } from '$lib/domain/analysis';
import type { RoleKey } from '$lib/domain/charter';
import type { Rating } from '$lib/domain/questionnaire/values';

// What a statement of a report about its aggregates claims, in a form a test can check
// (check-statements.ts).

/**
 * How many of the `n` answers a statement speaks of. Words are read with thresholds of our choosing
 * (fractions of n): see `quantityHolds` in check-statements.ts and docs/decisions/0006.
 */
export type Quantity =
	| { exactly: number }
	| 'all'
	| 'some'
	| 'majority'
	| 'minority'
	| 'justOverHalf'
	| 'justUnderHalf'
	| 'largeMinority'
	| 'smallMinority'
	| 'vastMajority';

export type Measure = 'fullyShare' | 'notAtAllShare';

export type Claim =
	/** Among the answers of a commitment, or of all commitments of a role, those with one of `ratings`. */
	| {
			kind: 'count';
			of: { commitment: CommitmentNumber } | { role: RoleKey };
			ratings: Rating[];
			quantity: Quantity;
	  }
	/** Every role in `higher` has a strictly greater share than every role in `lower`. */
	| { kind: 'roleOrder'; measure: Measure; higher: RoleKey[]; lower: RoleKey[] }
	| { kind: 'commitmentOrder'; measure: Measure; higher: CommitmentNumber[]; lower: CommitmentNumber[] }
	| { kind: 'participation'; field: keyof Participation | 'signatoriesNotResponding'; exactly: number };

export interface ReportStatement {
	id: string;
	/** Lines of the report's text (in the shared reference folder) the statement is printed on. */
	lines: number[];
	/** A few of the report's words from the first line, to find the sentence again (checked by a test). */
	words: string;
	/** How we read it, in our words. */
	reading: string;
	claims: Claim[];
}
