import { commitmentNumbers, commitmentTexts, type CommitmentNumber } from '$lib/domain/analysis';
import { commitments } from '$lib/domain/charter';
import { loadAnalysisBase } from '../base';
import type { PageServerLoad } from './$types';

/** What every (filtered) city wrote about one commitment, chosen in a GET form, side by side. */
// `satisfies` rather than a type annotation keeps the returned shape, which the integration test reads.
export const load = (async (event) => {
	const { cities, header } = await loadAnalysisBase(event);
	const { locale } = event.locals;
	const wanted = Number(event.url.searchParams.get('commitment'));
	const commitment: CommitmentNumber = commitmentNumbers.find((number) => number === wanted) ?? 1;
	return {
		header,
		commitment,
		choices: commitments.map(({ number, text }) => ({ number, text: text[locale] })),
		texts: commitmentTexts(cities, commitment)
	};
}) satisfies PageServerLoad;
