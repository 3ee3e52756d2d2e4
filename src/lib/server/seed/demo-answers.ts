import type { Rating } from '$lib/domain/questionnaire/values';

/**
 * Demo answers of the Helsinki coordinator for the 2018–2020 cycle, so the demo shows "your previous answer"
 * beside the open cycle's questions. They are made up for the demonstration (the reports publish no
 * city-level ratings) and say so in their text.
 */
const ratings: Record<number, Rating> = {
	1: 'fully',
	2: 'fully',
	3: 'partly',
	4: 'fully',
	5: 'partly',
	6: 'partly',
	7: 'fully',
	8: 'partly',
	// Partly, not "not at all": both reports describe Helsinki's social criteria in procurement.
	9: 'partly',
	10: 'partly',
	11: 'not_at_all'
};

export const demoPreviousAnswers: Record<string, unknown> = Object.fromEntries(
	Object.entries(ratings).map(([commitment, rating]) => [
		`c${commitment}-rating`,
		{
			rating,
			evidence:
				rating === 'not_at_all'
					? ''
					: `Demo answer for commitment ${commitment}: the measures the city described in 2020 would be named here.`
		}
	])
);
