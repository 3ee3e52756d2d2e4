import { describe, expect, it } from 'vitest';
import { commitmentTexts } from './free-text';
import { testCity } from '$test-support/test-cities';

describe('free-text answers of one commitment', () => {
	const cities = [
		testCity(1, 'FFF FF FFF FFF', {
			cityName: 'Oslo',
			texts: { 4: { evidence: 'Language courses for all.', examples: '', challenges: 'Waiting lists.' } }
		}),
		testCity(2, 'PPP PP PPP PPP', {
			cityName: 'Ghent',
			texts: { 4: { evidence: '', examples: 'A welcome office.', challenges: '' } }
		}),
		testCity(3, 'NNN -N NNN NNN', {
			cityName: 'Athens',
			texts: { 9: { evidence: 'x', examples: '', challenges: '' } }
		}),
		testCity(4, 'FFF FF FFF FFF', {
			cityName: 'Brno',
			texts: { 4: { evidence: '', examples: '', challenges: '' } }
		})
	];

	it('puts what each city wrote side by side, with its rating, in alphabetical order', () => {
		expect(commitmentTexts(cities, 4)).toEqual([
			{
				cityId: 2,
				citySlug: 'city-2',
				cityName: 'Ghent',
				countryCode: 'FI',
				rating: 'partly',
				evidence: '',
				examples: 'A welcome office.',
				challenges: ''
			},
			{
				cityId: 1,
				citySlug: 'city-1',
				cityName: 'Oslo',
				countryCode: 'FI',
				rating: 'fully',
				evidence: 'Language courses for all.',
				examples: '',
				challenges: 'Waiting lists.'
			}
		]);
	});

	it('leaves out cities that wrote nothing, and gives nothing for an empty cycle', () => {
		expect(commitmentTexts(cities, 9).map((row) => row.cityName)).toEqual(['Athens']);
		expect(commitmentTexts(cities, 1)).toEqual([]);
		expect(commitmentTexts([], 4)).toEqual([]);
	});
});
