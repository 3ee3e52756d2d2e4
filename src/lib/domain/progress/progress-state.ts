/**
 * How the secretariat reads a city's part in a cycle on the progress page. The stored response states are the
 * workflow's; "not started" is how a person says "invited, nothing answered yet" (the first saved answer moves
 * a response from invited to in progress, see recordActivity).
 */
import type { ResponseState } from '../response-access';

/** In the order a response goes through them, which is also the order the page lists them in. */
export const progressStates = ['not_started', 'in_progress', 'submitted', 'returned', 'accepted'] as const;

export type ProgressState = (typeof progressStates)[number];

const storedFor: Record<ProgressState, ResponseState> = {
	not_started: 'invited',
	in_progress: 'in_progress',
	submitted: 'submitted',
	returned: 'returned',
	accepted: 'accepted'
};

export function progressStateOf(state: ResponseState): ProgressState {
	return state === 'invited' ? 'not_started' : state;
}

export function storedStateOf(state: ProgressState): ResponseState {
	return storedFor[state];
}

/**
 * Whole percent of required items validly answered, rounded down so 100 % only shows when everything is done.
 * A response nobody has saved in yet counts 0 required items; the questionnaire's count for empty answers
 * (`requiredWhenEmpty`) stands in. Null when the questionnaire requires nothing.
 */
export function percentDone(done: number, total: number, requiredWhenEmpty: number): number | null {
	const required = total > 0 ? total : requiredWhenEmpty;
	if (required <= 0) return null;
	return Math.min(100, Math.floor((Math.max(0, done) / required) * 100));
}

export interface ProgressTotals {
	/** Invited cities in the cycle. */
	total: number;
	byState: Record<ProgressState, number>;
	/** Cities handed in and not sent back: submitted and waiting for review, or already accepted. */
	handedIn: number;
	withExtension: number;
}

/** Adds up counts grouped by stored state (and anything else, e.g. country) into the page's totals. */
export function sumTotals(
	groups: readonly { state: ResponseState; count: number; extended: number }[]
): ProgressTotals {
	const byState: Record<ProgressState, number> = {
		not_started: 0,
		in_progress: 0,
		submitted: 0,
		returned: 0,
		accepted: 0
	};
	let total = 0;
	let withExtension = 0;
	for (const group of groups) {
		byState[progressStateOf(group.state)] += group.count;
		total += group.count;
		withExtension += group.extended;
	}
	return { total, byState, handedIn: byState.submitted + byState.accepted, withExtension };
}
