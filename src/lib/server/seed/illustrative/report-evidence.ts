import type { CommitmentNumber } from '$lib/domain/analysis';

/**
 * Commitments for which a report describes something a city did during the cycle. An illustrative rating
 * may say "partly" or "fully" there but never "not at all", or the demo would contradict its own source.
 * Only the employer and buyer roles are listed: they are where the illustrative ratings use "not at all".
 */
export const reportedEvidence: Record<'2011-2012' | '2018-2020', Record<string, CommitmentNumber[]>> = {
	// First Integrating Cities Report (2013), "Cities as employers" and "Cities as buyers of goods and services".
	'2011-2012': {
		barcelona: [7, 9],
		copenhagen: [6, 7, 9, 10, 11],
		genoa: [6, 8],
		ghent: [9, 10],
		helsinki: [6, 9],
		london: [9],
		malmo: [8, 9, 10, 11],
		manchester: [6, 7, 9, 11],
		munich: [8],
		nantes: [9, 10, 11],
		oslo: [6, 10, 11],
		'the-hague': [10, 11]
	},
	// Fourth Integrating Cities Report (2020), trends 7 (administration and procurement) and 8 (SIEPP).
	'2018-2020': {
		amsterdam: [8],
		barcelona: [6, 8, 9, 11],
		ghent: [6, 9, 10],
		helsinki: [7, 8, 9, 10],
		leipzig: [6, 7, 9, 10],
		london: [6, 7, 9, 10, 11],
		malmo: [6, 7, 9, 10, 11],
		milan: [7],
		munich: [8],
		nicosia: [8],
		nuremberg: [7],
		oslo: [6],
		oulu: [7],
		rotterdam: [6],
		stockholm: [7, 9, 10],
		tampere: [6],
		toronto: [6, 9, 10, 11],
		toulouse: [8],
		vienna: [8]
	}
};
