import { translator } from '$lib/i18n';
import { renderCityMap } from '$lib/server/map/city-map';
import { listCities, listCityCountries, parseCityListFilter } from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = parseCityListFilter(url.searchParams);
	const db = locals.app.db;
	const everyCity = await listCities(db, parseCityListFilter(new URLSearchParams()));
	const unfiltered =
		filter.q === '' && filter.country === '' && filter.status === 'all' && filter.sort === 'name';
	const shown = unfiltered ? everyCity : await listCities(db, filter);
	const countries = await listCityCountries(db);
	// The map always shows every city, so it does not change meaning with the filters below it.
	const t = translator(locals.locale);
	const signatories = everyCity.filter((city) => city.signedOn).length;
	const map = renderCityMap(
		everyCity.map((city) => ({
			slug: city.slug,
			name: city.name,
			latitude: city.latitude,
			longitude: city.longitude,
			kind: city.signedOn ? 'signatory' : 'respondent',
			href: `/cities/${city.slug}`
		})),
		{
			title: t('cities.mapTitle'),
			description: t('cities.mapDescription', {
				signatories,
				respondents: everyCity.length - signatories
			}),
			europe: t('cities.europe'),
			northAmerica: t('cities.northAmerica'),
			signatory: t('cities.legendSignatory'),
			respondent: t('cities.legendRespondent')
		}
	);
	return { filter, cities: shown, countries, map };
};
