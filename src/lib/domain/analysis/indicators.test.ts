import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../questionnaire/values';
import { indicatorItemIds, indicatorSeries, marksOf } from './indicators';
import { testCity } from '$test-support/test-cities';

const figure = (value: number, overrides: Partial<IndicatorValue> = {}): IndicatorValue => ({
	value,
	year: 2010,
	source: 'City statistics office',
	definition: 'foreign_born',
	differentDataSet: false,
	nationalOnly: false,
	...overrides
});

const withShare = (cityId: number, cityName: string, share: IndicatorValue | undefined) =>
	testCity(cityId, '--- -- --- ---', { cityName, indicators: share ? { 'foreign-born-share': share } : {} });

describe('indicator figures and their comparability marks', () => {
	// Most cities give 2010 figures for people born abroad, as the 2013 chart did.
	const cities = [
		withShare(1, 'Oslo', figure(28)),
		withShare(
			2,
			'Ghent',
			figure(13, { definition: 'foreign_nationality_eu_separate', differentDataSet: true })
		),
		withShare(3, 'Helsinki', figure(10, { year: 2011 })),
		withShare(
			4,
			'Riga',
			figure(12, { nationalOnly: true, year: 2012, definition: 'ethnic_linguistic_minority' })
		),
		withShare(5, 'Malmö', figure(30)),
		withShare(6, 'Brno', undefined)
	];
	const series = indicatorSeries(cities, 'foreign-born-share');

	it('finds the most common year and definition among the cities that gave a figure', () => {
		expect(series.mostCommonYear).toBe(2010);
		expect(series.mostCommonDefinition).toBe('foreign_born');
	});

	it('gives one point per city that gave a figure, highest first', () => {
		expect(series.points.map((p) => p.cityName)).toEqual(['Malmö', 'Oslo', 'Ghent', 'Riga', 'Helsinki']);
	});

	it('marks another data set or definition *, another year **, a national figure †', () => {
		const marks = Object.fromEntries(series.points.map((p) => [p.cityName, p.marks]));
		expect(marks).toEqual({
			Malmö: [],
			Oslo: [],
			Ghent: ['*'],
			Helsinki: ['**'],
			Riga: ['*', '**', '†']
		});
		const riga = series.points.find((p) => p.cityName === 'Riga');
		expect(riga?.reasons).toEqual(['definition', 'year', 'national']);
	});

	it('lists the footnotes of the marks used, with the common year and definition to name in them', () => {
		expect(series.footnotes).toEqual([
			{ mark: '*', key: 'analysis.footnote.differentMeasure', params: { definition: 'foreign_born' } },
			{ mark: '**', key: 'analysis.footnote.differentYear', params: { year: 2010 } },
			{ mark: '†', key: 'analysis.footnote.nationalFigure', params: {} }
		]);
	});

	it('breaks a tie between years by the latest and between definitions by the questionnaire order', () => {
		const tied = indicatorSeries(
			[
				withShare(1, 'A', figure(10, { year: 2010, definition: 'foreign_born_parent' })),
				withShare(2, 'B', figure(20, { year: 2012, definition: 'foreign_born' }))
			],
			'foreign-born-share'
		);
		expect(tied.mostCommonYear).toBe(2012);
		expect(tied.mostCommonDefinition).toBe('foreign_born');
		expect(tied.points.map((p) => p.marks)).toEqual([[], ['*', '**']]);
	});

	it('has no points, no reference and no footnotes when nobody gave a figure', () => {
		expect(indicatorSeries([withShare(1, 'A', undefined)], 'foreign-born-share')).toEqual({
			itemId: 'foreign-born-share',
			points: [],
			mostCommonYear: null,
			mostCommonDefinition: null,
			footnotes: []
		});
	});

	it('leaves a single figure unmarked unless it says itself that it is another data set', () => {
		expect(indicatorSeries([withShare(1, 'A', figure(5))], 'foreign-born-share').points[0]!.marks).toEqual(
			[]
		);
		expect(marksOf(['dataSet'])).toEqual(['*']);
	});

	it('lists the indicator items some city answered', () => {
		expect(indicatorItemIds(cities)).toEqual(['foreign-born-share']);
		expect(indicatorItemIds([])).toEqual([]);
	});
});
