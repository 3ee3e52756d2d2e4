import { cityMapFile } from '$lib/server/map/city-map-file';
import {
	listCitiesPage,
	listCityCountries,
	listCityPoints,
	parseCityListFilter,
	parseCityListPage
} from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = parseCityListFilter(url.searchParams);
	const db = locals.app.db;
	// The map always shows every city, so it does not change meaning with the filters below it. It is a file of
	// its own (an image the browser keeps), not part of the page; the page only needs its name.
	const everyCity = await listCityPoints(db);
	const { cities, paging } = await listCitiesPage(db, filter, parseCityListPage(url.searchParams));
	const countries = await listCityCountries(db);
	const { name, width, height } = cityMapFile(everyCity, locals.locale);
	const signatories = everyCity.filter((city) => city.signedOn).length;
	return {
		filter,
		cities,
		paging,
		countries,
		map: { src: `/map/${name}`, width, height, signatories, respondents: everyCity.length - signatories }
	};
};
