import { redirect } from '@sveltejs/kit';
import { inLanguageOfAddress } from '$lib/domain/locale-path';
import { parsePracticeQuery, practiceQueryString, searchPublishedPractices } from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parsePracticeQuery(url.searchParams);
	// The form also sends its empty fields (from=&to=) and a link may carry values that are ignored: send the
	// visitor to the address of the query actually run, so what they copy and share is short and exact.
	const canonical = practiceQueryString(query);
	if (url.searchParams.toString() !== canonical) {
		redirect(302, inLanguageOfAddress(url, canonical ? `/practices?${canonical}` : '/practices'));
	}
	const results = await searchPublishedPractices(locals.app.db, query, { pageSize: 20 });
	// Page links keep the whole query, so every result page can be linked to and works without JavaScript.
	const pageHref = (page: number) => {
		const search = practiceQueryString(query, page);
		return search ? `/practices?${search}` : '/practices';
	};
	return {
		query,
		results,
		filtered: practiceQueryString(query, 1) !== '',
		previousHref: results.page > 1 ? pageHref(results.page - 1) : null,
		nextHref: results.page < results.pages ? pageHref(results.page + 1) : null
	};
};
