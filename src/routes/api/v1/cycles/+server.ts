import { pageOf, pagingSchema } from '$lib/domain/open-data/paging';
import { apiJson, parseQuery } from '$lib/server/api/respond';
import { publishedCycles } from '$lib/server/public';
import type { RequestHandler } from './$types';

/** Published reporting cycles only, oldest first. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const query = parseQuery(pagingSchema, url);
	if (!query.ok) return query.response;
	const rows = await publishedCycles(locals.app.db);
	return apiJson(
		pageOf(
			rows.map((cycle) => ({ ...cycle, url: `${url.origin}/api/v1/cycles/${cycle.slug}` })),
			query.data
		)
	);
};
