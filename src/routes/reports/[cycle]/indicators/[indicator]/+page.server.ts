import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { pageWindow } from '$lib/domain/paging/pages';
import { INDICATOR_PAGE_SIZE } from '$lib/domain/report/large-lists';
import { m } from '$lib/paraglide/messages.js';
import { publishedIndicatorFigures } from '$lib/server/public';
import type { PageServerLoad } from './$types';

const pageParameter = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/**
 * Every city's figure of one indicator of a published report, fifty a page in the report's order (highest
 * first), with the comparability marks and their notes: where a large network's report links from its
 * summary. Only for a cycle that made city answers public; anything else answers 404, as if it did not exist.
 */
export const load = (async ({ locals, params, url }) => {
	const notFound = m.error_notFoundTitle({}, { locale: locals.locale });
	const found = await publishedIndicatorFigures(locals.app.db, params.cycle, params.indicator, locals.locale);
	if (!found) error(404, notFound);
	const { figures, indicator } = found;
	const paging = pageWindow(
		pageParameter.parse(url.searchParams.get('page') ?? 1),
		figures.series.points.length,
		INDICATOR_PAGE_SIZE
	);
	return {
		cycle: found.cycle,
		indicator,
		mostCommonYear: figures.series.mostCommonYear,
		mostCommonDefinitionName: figures.series.mostCommonDefinitionName,
		points: figures.series.points.slice(paging.offset, paging.offset + paging.size),
		footnotes: figures.footnotes,
		paging
	};
}) satisfies PageServerLoad;
