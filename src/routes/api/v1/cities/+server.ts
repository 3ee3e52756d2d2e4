import { z } from 'zod';
import { pageOf, pagingSchema } from '$lib/domain/open-data/paging';
import { apiJson, parseQuery } from '$lib/server/api/respond';
import { listCities } from '$lib/server/reads/list-cities';
import type { RequestHandler } from './$types';

const citiesQuery = pagingSchema.extend({
	q: z.string().trim().max(100).default(''),
	country: z
		.string()
		.regex(/^[A-Z]{2}$/, 'Use an ISO 3166-1 alpha-2 code in capitals, e.g. FI')
		.optional(),
	signatory: z.enum(['true', 'false']).optional()
});

/** Every city that signed the Charter or answered a published cycle, with the published cycles it answered. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const query = parseQuery(citiesQuery, url);
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
