import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { pageWindow } from '$lib/domain/paging/pages';
import { INDICATOR_PAGE_SIZE } from '$lib/domain/report/large-lists';
import { translator } from '$lib/i18n';
import { givenIndicators, indicatorFigures } from '$lib/server/analysis/indicator-figures';
import { cycleResults } from '$lib/server/queries/cycle-results';
import type { PageServerLoad } from './$types';

const pageParameter = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/**
 * Every city's figure of one indicator of a published report, fifty a page in the report's order (highest
 * first), with the comparability marks and their notes: where a large network's report links from its
 * summary. Only for a cycle that made city answers public; anything else answers 404, as if it did not exist.
 */
export const load = (async ({ locals, params, url }) => {
	const notFound = translator(locals.locale)('error.notFoundTitle');
	const results = await cycleResults(locals.app.db, params.cycle, { publishedOnly: true, texts: false });
	if (!results || !results.cycle.cityAnswersPublic) error(404, notFound);
	const indicator = givenIndicators(results.cities, locals.locale).find(
		(candidate) => candidate.id === params.indicator
	);
	if (!indicator) error(404, notFound);
	// The table needs no chart: the figures are the point of this page.
	const figures = indicatorFigures(results.cities, indicator, locals.locale, { chart: false });
	const paging = pageWindow(
		pageParameter.parse(url.searchParams.get('page') ?? 1),
		figures.series.points.length,
		INDICATOR_PAGE_SIZE
	);
	return {
		cycle: { slug: results.cycle.slug, name: results.cycle.name },
		indicator,
		mostCommonYear: figures.series.mostCommonYear,
		mostCommonDefinitionName: figures.series.mostCommonDefinitionName,
		points: figures.series.points.slice(paging.offset, paging.offset + paging.size),
		footnotes: figures.footnotes,
		paging
	};
}) satisfies PageServerLoad;
