/**
 * Choosing the cities to invite to a cycle, as plain GET forms: a filter (country, part of the name), "select
 * all" (every city the filter shows) and "select none", each re-rendering the page with the ticked cities
 * carried in the address (`city` repeated). Nothing is ticked until the person ticks it.
 */

export interface InviteFilter {
	country: string;
	name: string;
}

export interface SelectableCity {
	id: number;
	name: string;
	countryCode: string;
	invited: boolean;
}

export interface InviteSelection {
	filter: InviteFilter;
	/** City ids ticked, in the order of the list. */
	ticked: number[];
}

/** Lower case without accents, so "gent" finds "Gent" and "malmo" finds "Malmö". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

export function matchesFilter(city: Pick<SelectableCity, 'name' | 'countryCode'>, filter: InviteFilter) {
	if (filter.country && city.countryCode !== filter.country) return false;
	return !filter.name || folded(city.name).includes(folded(filter.name.trim()));
}

/** Reads the filter and ticks from the address; `select` is the button pressed (all or none), if any. */
export function inviteSelection(params: URLSearchParams, cities: readonly SelectableCity[]): InviteSelection {
	const filter = {
		country: (params.get('country') ?? '').slice(0, 2).toUpperCase(),
		name: (params.get('name') ?? '').slice(0, 100)
	};
	const asked = new Set(params.getAll('city'));
	const select = params.get('select');
	const ticked = cities.filter((city) => {
		if (city.invited) return false;
		if (select === 'none') return false;
		if (select === 'all' && matchesFilter(city, filter)) return true;
		return asked.has(String(city.id));
	});
	return { filter, ticked: ticked.map((city) => city.id) };
}
