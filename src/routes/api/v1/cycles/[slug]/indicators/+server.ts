import { pageOf, pagingSchema } from '$lib/domain/open-data/paging';
import { apiError, apiJson, parseQuery } from '$lib/server/api/respond';
import { openCycleIndicators } from '$lib/server/public';
import type { RequestHandler } from './$types';

/**
 * The Integrating Cities Indicators of a published cycle, paged; each city's figure only when the cycle made
 * city answers public (the public module decides). Any other cycle answers 404, as if it did not exist.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const query = parseQuery(pagingSchema, url);
	if (!query.ok) return query.response;
	const found = await openCycleIndicators(locals.app.db, params.slug);
	if (!found) return apiError(404, `No published cycle "${params.slug}"`);
	return apiJson({ cycle: found.cycle, ...pageOf(found.indicators, query.data) });
};
