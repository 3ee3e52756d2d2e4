import type { Rating } from '../questionnaire/values';
import { commitmentNumbers, noRatings, type CommitmentRatings } from './types';

const byLetter: Record<string, Rating | null> = { F: 'fully', P: 'partly', N: 'not_at_all', '-': null };

/**
 * Eleven ratings written compactly, commitment 1 first: F fully, P partly, N not at all, - no answer.
 * Spaces are ignored, so the roles can be set apart: 'FFP FP PFF NPN' (3, 2, 3, 3 commitments).
 * Used for hand-made test cycles and the demo's illustrative ratings, where a table of words would hide
 * the pattern.
 */
export function ratingsFromLetters(letters: string): CommitmentRatings {
	const compact = letters.replace(/\s+/g, '');
	if (compact.length !== commitmentNumbers.length || [...compact].some((l) => !(l in byLetter)))
		throw new Error(`Expected 11 of F, P, N or - but got '${letters}'`);
	const ratings = noRatings();
	commitmentNumbers.forEach((commitment, index) => {
		ratings[commitment] = byLetter[compact[index]!]!;
	});
	return ratings;
}
