/**
 * Illustrative ratings of the 23 respondents of the 2011–2012 survey (1st Integrating Cities Report, 2013).
 * The report publishes only aggregates, in words; these per-city ratings are made up so that every aggregate
 * statement of the report holds (see report-2013-statements.ts and its test). Which city got which rating
 * leans on what the report tells about each city (e.g. cities named for anti-discrimination strategies are
 * rated fully on commitment 2; Nantes, Rennes and Tampere, named for lacking workforce statistics, partly on
 * commitment 6), but no city said these ratings.
 *
 * Letters, commitment 1 first, roles apart (policy maker, service provider, employer, buyer):
 * F fully, P partly, N not at all.
 */
export const ratings2011to2012: Record<string, string> = {
	athens: 'PPF FP NNP NNN',
	barcelona: 'FFP FF PFF FPP',
	brno: 'PPP PP NNN NNN',
	copenhagen: 'FFF FF FFF FFP',
	genoa: 'FPF FP PPF PPN',
	ghent: 'FFP PP PFF FFP',
	helsinki: 'FFP FF FFF FPP',
	london: 'FFP FF FFF FFP',
	madrid: 'FPP PP NPP PPN',
	malmo: 'FFF FF FFF FPF',
	manchester: 'FFF FF FFF FFF',
	milan: 'FPF FP PPP PNN',
	munich: 'FFF FF FFF PPP',
	nantes: 'FFF FF PFF PFP',
	oslo: 'FFF FF FFF PFP',
	oulu: 'PPP FP PPP PPN',
	rennes: 'PFF PP PPP PPN',
	riga: 'PPP FP NPP PNN',
	rotterdam: 'FPP PP PPP PPP',
	stockholm: 'FFF FF FFF PPP',
	tampere: 'FFP FF PPP PPP',
	'the-hague': 'PPP PP PPP PPP',
	vienna: 'FFF FF FFF PPP'
};
