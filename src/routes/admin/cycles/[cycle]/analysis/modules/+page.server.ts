import { cycleModuleResults } from '$lib/server/reads/module-results';
import { loadAnalysisBase } from '../base';
import type { PageServerLoad } from './$types';

/**
 * The answers to the cycle's topical modules, for the (filtered) cities: counts, figures and texts, question by
 * question. The secretariat sees every city's answer, whatever the cycle will publish.
 */
// `satisfies` rather than a type annotation keeps the returned shape, which the integration test reads.
export const load = (async (event) => {
	const { results, cities, header } = await loadAnalysisBase(event);
	const modules = await cycleModuleResults(event.locals.app.db, results.cycle.id, event.locals.locale, {
		citySlugs: new Set(cities.map((city) => city.citySlug))
	});
	return { header, modules, responding: cities.length };
}) satisfies PageServerLoad;
