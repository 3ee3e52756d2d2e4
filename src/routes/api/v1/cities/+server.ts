import { pageOf } from '$lib/domain/open-data/paging';
import { citiesQuerySchema } from '$lib/domain/open-data/api-parameters';
import { apiJson, parseQuery } from '$lib/server/api/respond';
import { listCities } from '$lib/server/public';
import type { RequestHandler } from './$types';

/** Every city that signed the Charter or answered a published cycle, with the published cycles it answered. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const query = parseQuery(citiesQuerySchema, url);
	if (!query.ok) return query.response;
	const { q, country, signatory, ...paging } = query.data;
	const rows = await listCities(locals.app.db, {
		q,
		country: country ?? '',
		status: signatory === 'true' ? 'signatory' : signatory === 'false' ? 'respondent' : 'all',
		sort: 'name'
	});
	return apiJson(
		pageOf(
			rows.map((city) => ({ ...city, url: `${url.origin}/api/v1/cities/${city.slug}` })),
			paging
		)
	);
};
