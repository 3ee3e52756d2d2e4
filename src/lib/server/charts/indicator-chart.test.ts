import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '$lib/domain/analysis';
import { testCity } from '$test-support/test-cities';
import type { IndicatorValue } from '$lib/domain/questionnaire/values';
import { translator } from '$lib/server/i18n/translator';
import { indicatorChart, markedName } from './indicator-chart';
import { escapeXml } from './render';

const t = translator('en');
const figure = (value: number, overrides: Partial<IndicatorValue> = {}): IndicatorValue => ({
	value,
	year: 2019,
	source: 'Statistics office',
	definition: 'foreign_born',
	differentDataSet: false,
	nationalOnly: false,
	...overrides
});
const withFigure = (id: number, name: string, value: IndicatorValue) =>
	testCity(id, 'FFF FF FFF FFF', { cityName: name, indicators: { 'foreign-born-share': value } });
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('the indicator chart', () => {
	const series = indicatorSeries(
		[
			withFigure(1, 'Amsterdam', figure(30.5)),
			withFigure(2, 'Berlin', figure(20, { year: 2017 })),
			withFigure(3, 'Cork', figure(12, { definition: 'foreign_nationality_incl_eu' })),
			withFigure(4, 'Dublin', figure(25, { nationalOnly: true })),
			withFigure(5, 'Espoo', figure(14))
		],
		'foreign-born-share'
	);
	const svg = indicatorChart(series.points, 'Residents born abroad', t, 'en');

	it('draws one labelled bar per city, highest first, with the marks after the names', () => {
		const names = texts(svg).filter((text) => /^[A-Z][a-z]+/.test(text!));
		expect(names).toEqual(['Amsterdam', 'Dublin †', 'Berlin **', 'Espoo', 'Cork *']);
		expect(svg.match(/ecmeta_series_index="0"/g)).toHaveLength(5);
		expect(texts(svg)).toContain('30.5');
	});

	it('summarises the chart in its accessible name', () => {
		expect(svg).toContain('aria-label="Bar chart of Residents born abroad: 5 cities, from 30.5 down to 12.');
	});

	it('writes numbers in the reader’s language', () => {
		expect(texts(indicatorChart(series.points, 'Nés à l’étranger', translator('fr'), 'fr'))).toContain(
			'30,5'
		);
	});

	it('escapes a city name and an indicator name that look like markup', () => {
		const hostile = indicatorSeries(
			[withFigure(1, '<script>alert("x")</script>', figure(10))],
			'foreign-born-share'
		);
		const drawn = indicatorChart(hostile.points, 'Share "<b>born</b>" & more', t, 'en');
		expect(drawn).not.toContain('<script');
		expect(drawn).not.toContain('<b>');
		expect(drawn).toContain('&lt;script&gt;');
		expect(drawn).toContain('Share &quot;&lt;b&gt;born&lt;/b&gt;&quot; &amp; more');
		// Only the root's attributes carry our text: the name cannot close the attribute and add another.
		expect(drawn.split('\n')[0]).toMatch(/^<svg role="img" aria-label="[^"]*" focusable="false" width=/);
	});

	it('names a comparable city plainly', () => {
		expect(markedName({ cityName: 'Espoo', marks: [] })).toBe('Espoo');
		expect(markedName({ cityName: 'Berlin', marks: ['*', '**'] })).toBe('Berlin * **');
		expect(escapeXml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&#39;');
	});
});
