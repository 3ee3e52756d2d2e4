import { cityMapFile } from '$lib/server/map/city-map-file';
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
	// The map always shows every city, so it does not change meaning with the filters below it. It is a file of
	// its own (an image the browser keeps), not part of the page.
	const { name, width, height } = cityMapFile(everyCity, locals.locale);
	const signatories = everyCity.filter((city) => city.signedOn).length;
	return {
		filter,
		cities: shown,
		countries,
		map: { src: `/map/${name}`, width, height, signatories, respondents: everyCity.length - signatories }
	};
};
