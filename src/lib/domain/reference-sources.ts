/**
 * The public texts this product's facts come from (held in /work/shared/reference), and what they say about
 * how many cities signed the Charter. A fact's source label names one of these texts, or says plainly that it
 * rests on something else and is unverified.
 */
export const heldReferences = [
	{ label: 'First Integrating Cities Report (2013)', short: '1st Integrating Cities Report', year: 2013 },
	{ label: 'Fourth Integrating Cities Report (2020)', short: '4th Integrating Cities Report', year: 2020 },
	{ label: 'Web summary of the fourth report (2020)', short: '4th report web summary', year: 2020 },
	{
		label: 'News item on the 6th Integrating Cities Report (2024)',
		short: 'News item on the 6th Integrating Cities Report',
		year: 2024
	}
] as const;

/** The word a source label carries when no held text confirms the fact (see decision 0003). */
export const unverifiedMark = 'unverified';

/** True when a recorded source says that no held text confirms it. */
export function isUnverifiedSource(source: string | null | undefined): boolean {
	return new RegExp(`\\b${unverifiedMark}\\b`, 'i').test(source ?? '');
}

/** True when a source label names one of the texts held (by its full or its short name). */
export function namesHeldReference(source: string | null | undefined): boolean {
	return heldReferences.some(
		({ label, short }) => !!source && (source.includes(label) || source.includes(short))
	);
}

/**
 * The signatory counts the reports give. The 4th report counts 39 signatories in 2020 without naming them;
 * only 28 of those are named in the texts held (the 27 of January 2013 and Toronto), so the home page shows
 * the reported figure beside the count of recorded signings instead of passing one off as the other.
 */
export const reportedSignatoryCount = {
	count: 39,
	year: 2020,
	source: 'Fourth Integrating Cities Report (2020)'
} as const;
