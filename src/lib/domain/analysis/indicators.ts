import { migrantDefinitions, type IndicatorValue, type MigrantDefinition } from '../questionnaire/values';
import type { CityResult } from './types';

/**
 * Why a figure is not comparable with most others in its chart:
 * - 'definition': another definition of "migrant" than the most common one among the cities;
 * - 'dataSet': the city says it measured something close to, but not, what was asked (e.g. foreign
 *   nationals instead of people born abroad);
 * - 'year': another reference year than the most common one;
 * - 'national': only a national figure exists.
 */
export type ComparabilityReason = 'definition' | 'dataSet' | 'year' | 'national';

/**
 * The marks printed beside a city's name, after the 2013 report's chart of the foreign-born share:
 * `*` "different data set used (e.g. non-nationals)" — the report's own example is another definition of
 * migrant, so both reasons share `*` — and `**` a figure from another year. The report had no mark for a
 * national figure; `†` is ours.
 */
export const comparabilityMarks = {
	'*': ['definition', 'dataSet'],
	'**': ['year'],
	'†': ['national']
} as const;
export type ComparabilityMark = keyof typeof comparabilityMarks;

/** i18n keys of the footnotes under a chart (the pages translate them; params fill `{definition}`, `{year}`). */
export const footnoteKeys: Record<ComparabilityMark, string> = {
	'*': 'analysis.footnote.differentMeasure',
	'**': 'analysis.footnote.differentYear',
	'†': 'analysis.footnote.nationalFigure'
};

export interface Footnote {
	mark: ComparabilityMark;
	key: string;
	params: { definition?: MigrantDefinition; year?: number };
}

export interface IndicatorPoint {
	cityId: number;
	citySlug: string;
	cityName: string;
	figure: IndicatorValue;
	reasons: ComparabilityReason[];
	/** In the order *, **, †; empty when the figure is comparable. */
	marks: ComparabilityMark[];
}

export interface IndicatorSeries {
	itemId: string;
	/** Highest value first, as the printed chart; ties by city name. */
	points: IndicatorPoint[];
	mostCommonYear: number | null;
	mostCommonDefinition: MigrantDefinition | null;
	/** Only the footnotes of marks some point carries. */
	footnotes: Footnote[];
}

/** The most frequent value; `prefer` orders ties (its first element wins). Null for no values. */
function mostCommon<T>(values: readonly T[], prefer: (a: T, b: T) => number): T | null {
	const counts = new Map<T, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	const ranked = [...counts].sort(([a, countA], [b, countB]) => countB - countA || prefer(a, b));
	return ranked[0]?.[0] ?? null;
}

/**
 * One figure per city for an indicator item, each marked where it is not comparable with the most common
 * year and definition among these cities. Ties: the latest year wins (fresher data is the better reference),
 * and among definitions the questionnaire's order decides.
 */
export function indicatorSeries(
	cities: readonly Pick<CityResult, 'cityId' | 'citySlug' | 'cityName' | 'indicators'>[],
	itemId: string
): IndicatorSeries {
	const given = cities.flatMap((city) => {
		const figure = city.indicators[itemId];
		return figure ? [{ cityId: city.cityId, citySlug: city.citySlug, cityName: city.cityName, figure }] : [];
	});
	const mostCommonYear = mostCommon(
		given.map((point) => point.figure.year),
		(a, b) => b - a
	);
	const mostCommonDefinition = mostCommon(
		given.map((point) => point.figure.definition),
		(a, b) => migrantDefinitions.indexOf(a) - migrantDefinitions.indexOf(b)
	);
	const points = given
		.map((point): IndicatorPoint => {
			const reasons: ComparabilityReason[] = [];
			if (point.figure.definition !== mostCommonDefinition) reasons.push('definition');
			if (point.figure.differentDataSet) reasons.push('dataSet');
			if (point.figure.year !== mostCommonYear) reasons.push('year');
			if (point.figure.nationalOnly) reasons.push('national');
			return { ...point, reasons, marks: marksOf(reasons) };
		})
		.sort((a, b) => b.figure.value - a.figure.value || a.cityName.localeCompare(b.cityName, 'en'));
	const used = new Set(points.flatMap((point) => point.marks));
	const footnotes = (Object.keys(comparabilityMarks) as ComparabilityMark[])
		.filter((mark) => used.has(mark))
		.map((mark) => ({
			mark,
			key: footnoteKeys[mark],
			params:
				mark === '*'
					? { definition: mostCommonDefinition ?? undefined }
					: mark === '**'
						? { year: mostCommonYear ?? undefined }
						: {}
		}));
	return { itemId, points, mostCommonYear, mostCommonDefinition, footnotes };
}

export function marksOf(reasons: readonly ComparabilityReason[]): ComparabilityMark[] {
	return (Object.keys(comparabilityMarks) as ComparabilityMark[]).filter((mark) =>
		(comparabilityMarks[mark] as readonly ComparabilityReason[]).some((reason) => reasons.includes(reason))
	);
}

/** The indicator items some city gave a figure for, in the order first met. */
export function indicatorItemIds(cities: readonly Pick<CityResult, 'indicators'>[]): string[] {
	return [...new Set(cities.flatMap((city) => Object.keys(city.indicators)))];
}
