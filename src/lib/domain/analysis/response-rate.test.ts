import { describe, expect, it } from 'vitest';
import { responseRate } from './response-rate';

describe('response rate', () => {
	it('divides responding cities by invited ones and responding signatories by signatories', () => {
		// The 2011–2012 survey: 23 respondents, 21 of the 27 signatories of January 2013.
		expect(
			responseRate({ invited: null, responding: 23, signatories: 27, respondingSignatories: 21 })
		).toEqual({
			invited: null,
			responding: 23,
			signatories: 27,
			respondingSignatories: 21,
			ofInvited: null,
			ofSignatories: 21 / 27,
			signatoriesNotResponding: 6,
			respondingNonSignatories: 2
		});
		expect(
			responseRate({ invited: 40, responding: 30, signatories: 38, respondingSignatories: 29 }).ofInvited
		).toBe(0.75);
	});

	it('has no rate rather than a division by zero', () => {
		expect(
			responseRate({ invited: 0, responding: 0, signatories: 0, respondingSignatories: 0 })
		).toMatchObject({ ofInvited: null, ofSignatories: null });
		expect(
			responseRate({ invited: 5, responding: 0, signatories: 5, respondingSignatories: 0 })
		).toMatchObject({ ofInvited: 0, ofSignatories: 0 });
	});
});
