import { describe, expect, it } from 'vitest';
import { isFiltered, parseProgressFilter, progressQuery } from './filters';

const parse = (query: string) => parseProgressFilter(new URLSearchParams(query));

describe('progress filters in the URL', () => {
	it('reads state, country, sort and page', () => {
		expect(parse('state=returned&country=FI&sort=activity&page=3')).toEqual({
			state: 'returned',
			country: 'FI',
			sort: 'activity',
			page: 3
		});
	});

	it('falls back to no filter for anything unexpected, instead of an error page', () => {
		expect(parse('state=deleted&country=finland&sort=%27drop&page=-2')).toEqual({
			state: '',
			country: '',
			sort: 'name',
			page: 1
		});
		expect(isFiltered(parse(''))).toBe(false);
	});

	it('writes back only what differs from the default view', () => {
		expect(progressQuery({ state: 'submitted', country: '', sort: 'name' })).toBe('?state=submitted');
		expect(progressQuery({ sort: 'activity', country: 'DE' })).toBe('?country=DE&sort=activity');
		expect(progressQuery({})).toBe('');
		expect(progressQuery({ state: 'returned', page: 1 })).toBe('?state=returned');
	});

	it('keeps the filters and the sort in the link to another page', () => {
		expect(progressQuery({ state: 'submitted', country: 'FI', sort: 'activity', page: 4 })).toBe(
			'?state=submitted&country=FI&sort=activity&page=4'
		);
	});
});
