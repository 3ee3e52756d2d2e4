import { resultsFilter, resultsQuerySchema } from '$lib/domain/open-data/api-parameters';
import { apiError, apiJson, parseQuery } from '$lib/server/api/respond';
import { openCycleResults } from '$lib/server/public';
import type { RequestHandler } from './$types';

/**
 * Results of a published cycle, optionally for the cities one filter selects. What may be shown (each city's
 * ratings, a small group's aggregates, more than one filter) is decided in the public module by the rules of
 * `domain/disclosure.ts`. Any other cycle answers 404, as if it did not exist.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const query = parseQuery(resultsQuerySchema, url);
	if (!query.ok) return query.response;
	const answer = await openCycleResults(locals.app.db, params.slug, resultsFilter(query.data));
	if (!answer.found) return apiError(404, `No published cycle "${params.slug}"`);
	if (answer.refused)
		return apiError(400, 'Use one filter at a time: this cycle publishes only aggregated results', [
			{ parameter: 'country', message: 'Only one of country, size and signatory may be given' }
		]);
	return apiJson(answer.body);
};
