import { describe, expect, it } from 'vitest';
import type { IndicatorPoint } from '../analysis';
import { citiesByCountry, figureDistribution, summarisesCities } from './large-lists';

const point = (value: number, marks: IndicatorPoint['marks'] = []): IndicatorPoint => ({
	cityId: value,
	citySlug: `city-${value}`,
	cityName: `City ${value}`,
	figure: {
		value,
		year: 2023,
		source: 'statistics',
		definition: 'foreign_born',
		differentDataSet: false,
		nationalOnly: false
	},
	reasons: marks.length ? ['year'] : [],
	marks
});

describe('a report of a large network', () => {
	it('lists every city up to a hundred and summarises above', () => {
		expect(summarisesCities(40)).toBe(false);
		expect(summarisesCities(100)).toBe(false);
		expect(summarisesCities(101)).toBe(true);
	});

	it('counts the cities by country, the most first', () => {
		const cities = ['FI', 'DE', 'FI', 'AT', 'DE', 'FI'].map((countryCode) => ({ countryCode }));
		expect(citiesByCountry(cities)).toEqual([
			{ countryCode: 'FI', count: 3 },
			{ countryCode: 'DE', count: 2 },
			{ countryCode: 'AT', count: 1 }
		]);
	});

	it('gives the distribution of the comparable figures only', () => {
		const points = [10, 20, 30, 40, 50].map((value) => point(value));
		points.push(point(1000, ['**']));
		expect(figureDistribution(points)).toEqual({
			comparable: 5,
			lowest: 10,
			lowerQuartile: 20,
			median: 30,
			upperQuartile: 40,
			highest: 50
		});
	});

	it('interpolates quartiles between figures and rounds them to two decimals', () => {
		const distribution = figureDistribution([1.1, 2.2, 3.3, 4.4].map((value) => point(value)));
		expect(distribution).toMatchObject({ lowerQuartile: 1.93, median: 2.75, upperQuartile: 3.58 });
	});

	it('has no distribution when no figure is comparable', () => {
		expect(figureDistribution([point(5, ['*'])])).toBeNull();
	});
});
