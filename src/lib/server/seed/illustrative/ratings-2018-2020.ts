/**
 * Illustrative ratings of the 22 respondents of the 2018–2020 cycle (4th Integrating Cities Report, 2020).
 * The report publishes no ratings, per city or in total, so these are plausible values chosen for the demo:
 * generally higher than in 2011–2012 (the report speaks of considerable progress), procurement still the
 * weakest role. Helsinki's are the demo's existing 2018–2020 answers (demo-answers.ts), so both agree.
 * No city is rated "not at all" on a commitment for which a report describes what it did (see
 * report-evidence.ts): Helsinki and Leipzig are "partly" on commitments 9 and 10 for that reason.
 *
 * Letters, commitment 1 first, roles apart: F fully, P partly, N not at all.
 */
export const ratings2018to2020: Record<string, string> = {
	amsterdam: 'FFF FF PFF PPP',
	barcelona: 'FFF FF PFF FPP',
	ghent: 'FFF FF FFF FFP',
	helsinki: 'FFP FP PFP PPN',
	leipzig: 'FPP FP PFP PPN',
	london: 'FFF FF FFF FFF',
	malmo: 'FFF FF FFF FPF',
	milan: 'FFF FP PPP PPN',
	munich: 'FFF FF FFF PPP',
	nicosia: 'PPP PP NPP NNN',
	nuremberg: 'FFP FF PFF PPN',
	oslo: 'FFF FF FFF FFP',
	oulu: 'FPF FF PPP PPN',
	rennes: 'FFF FP PFF PPN',
	riga: 'FPP FP NPP PNN',
	rotterdam: 'FFF FF PFF PPP',
	stockholm: 'FFF FF FFF PPP',
	tampere: 'FFF FF PFF PPP',
	toronto: 'FFF FF FFF FFF',
	toulouse: 'FPF FP PPF PPN',
	utrecht: 'FFF FF FFF FPP',
	vienna: 'FFF FF FFF PPP'
};
