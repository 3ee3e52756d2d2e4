import { error } from '@sveltejs/kit';
import { filterChoices, filterCities } from '$lib/domain/analysis';
import { translator } from '$lib/server/i18n/translator';
import { requireSecretariat } from '$lib/server/guards';
import { cycleResultsForSecretariat } from '$lib/server/reads/cycle-results';
import {
	cityFilter,
	isFiltered,
	parseAnalysisFilter,
	type AnalysisHeader
} from '$lib/components/analysis/filter';

interface AnalysisEvent {
	locals: App.Locals;
	params: { cycle: string };
	url: URL;
}

/**
 * What every analysis page starts from: the whole cycle (published or not: the secretariat analyses while it
 * reviews), the filter from the URL, the choices the filter form offers, and the cities that pass it.
 */
export async function loadAnalysisBase({ locals, params, url }: AnalysisEvent) {
	// The admin layout guards too, but a page's load can run without waiting for it: check here as well.
	requireSecretariat(locals, url);
	const results = await cycleResultsForSecretariat(locals.app.db, params.cycle);
	if (!results) error(404, translator(locals.locale)('error.notFoundTitle'));
	const filter = parseAnalysisFilter(url.searchParams);
	const cities = filterCities(results.cities, cityFilter(filter));
	const { countries, sizeBands } = filterChoices(results.cities);
	const header: AnalysisHeader = {
		cycle: { slug: results.cycle.slug, name: results.cycle.name, status: results.cycle.status },
		illustrative: results.cycle.illustrative,
		referenceDate: results.cycle.referenceDate,
		filter,
		filtered: isFiltered(filter),
		choices: { countries, sizeBands },
		shown: cities.length,
		total: results.cities.length
	};
	return { results, cities, header };
}
