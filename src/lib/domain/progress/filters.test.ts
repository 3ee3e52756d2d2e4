import { describe, expect, it } from 'vitest';
import { isFiltered, parseProgressFilter, progressQuery } from './filters';

const parse = (query: string) => parseProgressFilter(new URLSearchParams(query));

describe('progress filters in the URL', () => {
	it('reads state, country and sort', () => {
		expect(parse('state=returned&country=FI&sort=activity')).toEqual({
			state: 'returned',
			country: 'FI',
			sort: 'activity'
		});
	});

	it('falls back to no filter for anything unexpected, instead of an error page', () => {
		expect(parse('state=deleted&country=finland&sort=%27drop')).toEqual({
			state: '',
			country: '',
			sort: 'name'
		});
		expect(isFiltered(parse(''))).toBe(false);
	});

	it('writes back only what differs from the default view', () => {
		expect(progressQuery({ state: 'submitted', country: '', sort: 'name' })).toBe('?state=submitted');
		expect(progressQuery({ sort: 'activity', country: 'DE' })).toBe('?country=DE&sort=activity');
		expect(progressQuery({})).toBe('');
	});
});
