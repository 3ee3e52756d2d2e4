import { pagingSchema } from '$lib/domain/open-data/paging';
import { apiJson, parseQuery } from '$lib/server/api/respond';
import { parsePracticeQuery, searchPublishedPractices } from '$lib/server/public';
import type { RequestHandler } from './$types';

/**
 * The published good practices: the library's own search (same words, same facets, same ranking as
 * /practices), paged by limit and offset, with the facet counts of the whole result.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	const paging = parseQuery(pagingSchema.passthrough(), url);
	if (!paging.ok) return paging.response;
	const { limit, offset } = paging.data;
	const results = await searchPublishedPractices(locals.app.db, parsePracticeQuery(url.searchParams), {
		pageSize: limit,
		offset
	});
	return apiJson({
		items: results.items.map((hit) => ({
			slug: hit.slug,
			title: hit.title,
			language: hit.language,
			city: hit.city,
			countryCode: hit.country,
			years: hit.years,
			commitments: hit.commitments,
			excerpt: hit.headline.map((part) => part.text).join(''),
			url: `${url.origin}/api/v1/practices/${hit.slug}`
		})),
		total: results.total,
		limit,
		offset,
		facets: results.facets
	});
};
