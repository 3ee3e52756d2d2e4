/**
 * Who took part in a cycle. `invited` is null when the cycle does not record its invitations (cycles taken
 * over from a published report list only their respondents). `signatories` counts the cities that had
 * signed the Charter by the cycle's reference date; `respondingSignatories` those of them that responded.
 */
export interface Participation {
	invited: number | null;
	responding: number;
	signatories: number;
	respondingSignatories: number;
}

export interface ResponseRate extends Participation {
	/** responding ÷ invited, from 0 to 1; null when invitations are unknown or nobody was invited. */
	ofInvited: number | null;
	/** respondingSignatories ÷ signatories, from 0 to 1; null when there were no signatories. */
	ofSignatories: number | null;
	/** Signatories that did not respond (the 2013 report: "six signatory cities did not report"). */
	signatoriesNotResponding: number;
	/** Responding cities that were not (yet) signatories, such as Brno and Vienna in 2011–2012. */
	respondingNonSignatories: number;
}

/** Exact fractions: the page rounds them for display in the reader's locale. */
export function responseRate(participation: Participation): ResponseRate {
	const { invited, responding, signatories, respondingSignatories } = participation;
	return {
		...participation,
		ofInvited: invited ? responding / invited : null,
		ofSignatories: signatories ? respondingSignatories / signatories : null,
		signatoriesNotResponding: signatories - respondingSignatories,
		respondingNonSignatories: responding - respondingSignatories
	};
}
