import { givenIndicators, indicatorFigures } from '$lib/server/analysis/indicator-figures';
import { loadAnalysisBase } from '../base';
import type { PageServerLoad } from './$types';

/**
 * One indicator at a time (chosen in a GET form): a bar per city with the comparability marks, the notes
 * explaining them, and the table of figures. One at a time keeps the page light with a thousand cities.
 */
// `satisfies` rather than a type annotation keeps the returned shape, which the integration test reads.
export const load = (async (event) => {
	const { results, cities, header } = await loadAnalysisBase(event);
	const { locale } = event.locals;
	const indicators = givenIndicators(results.cities, locale);
	const wanted = event.url.searchParams.get('indicator');
	const chosen = indicators.find((indicator) => indicator.id === wanted) ?? indicators[0] ?? null;
	if (!chosen) return { header, indicators, chosen: null, series: null, svg: null, footnotes: [] };
	return { header, indicators, chosen, ...indicatorFigures(cities, chosen, locale) };
}) satisfies PageServerLoad;
