import { changeSincePrevious, responseRate, roleResults } from '$lib/domain/analysis';
import { roles } from '$lib/domain/charter';
import { cycleYears as years } from '$lib/domain/report/cycle-years';
import { translator } from '$lib/server/i18n/translator';
import { changeChart } from '$lib/server/charts/change-chart';
import { ratingChart } from '$lib/server/charts/rating-chart';
import { cycleResultsForSecretariat } from '$lib/server/reads/cycle-results';
import { loadAnalysisBase } from './base';
import type { PageServerLoad } from './$types';

/**
 * The secretariat's analysis of a cycle: participation, the ratings of every role as charts and tables, and
 * the change since the previous published cycle, all for the cities the filters let through.
 */
// `satisfies` rather than a type annotation keeps the returned shape, which the integration test reads.
export const load = (async (event) => {
	const { results, cities, header } = await loadAnalysisBase(event);
	const { locale } = event.locals;
	const t = translator(locale);
	const previous = results.previousCycle
		? await cycleResultsForSecretariat(event.locals.app.db, results.previousCycle.slug)
		: null;

	const roleSections = roleResults(cities).map((result) => {
		const name = roles.find((role) => role.key === result.role)!.name[locale];
		return { ...result, name, svg: cities.length ? ratingChart(result, name, t, locale) : null };
	});
	const changes = previous ? changeSincePrevious(previous.cities, cities) : null;
	const anyCompared = changes?.some((change) => change.compared > 0) ?? false;

	return {
		header,
		rates: {
			current: { name: years(results.cycle), ...responseRate(results.participation) },
			previous: previous ? { name: years(previous.cycle), ...responseRate(previous.participation) } : null
		},
		roles: roleSections,
		change:
			previous && changes
				? {
						previousName: years(previous.cycle),
						currentName: years(results.cycle),
						changes,
						svg: anyCompared ? changeChart(changes, years(previous.cycle), t, locale) : null
					}
				: null
	};
}) satisfies PageServerLoad;
