import { describe, expect, it } from 'vitest';
import { inviteSelection, matchesFilter } from './invite-selection';

const cities = [
	{ id: 1, name: 'Ghent', countryCode: 'BE', invited: false },
	{ id: 2, name: 'Antwerp', countryCode: 'BE', invited: true },
	{ id: 3, name: 'Malmö', countryCode: 'SE', invited: false },
	{ id: 4, name: 'Helsinki', countryCode: 'FI', invited: false }
];
const read = (query: string) => inviteSelection(new URLSearchParams(query), cities);

describe('choosing the cities to invite', () => {
	it('ticks nothing at first', () => {
		expect(read('')).toEqual({ filter: { country: '', name: '' }, ticked: [] });
	});

	it('filters by country and by part of the name, ignoring case and accents', () => {
		expect(matchesFilter(cities[2]!, { country: '', name: 'MALMO' })).toBe(true);
		expect(matchesFilter(cities[0]!, { country: 'BE', name: 'hen' })).toBe(true);
		expect(matchesFilter(cities[0]!, { country: 'SE', name: '' })).toBe(false);
	});

	it('keeps the ticks carried in the address, whatever the filter shows', () => {
		expect(read('city=1&city=4&country=SE').ticked).toEqual([1, 4]);
	});

	it('"select all" adds every city the filter shows that is not invited, keeping the others', () => {
		expect(read('select=all&country=BE&city=4').ticked).toEqual([1, 4]);
		expect(read('select=all').ticked).toEqual([1, 3, 4]);
	});

	it('"select none" unticks everything; an invited city or an unknown id is never ticked', () => {
		expect(read('select=none&city=1&city=4').ticked).toEqual([]);
		expect(read('city=2&city=99&city=x').ticked).toEqual([]);
	});
});
