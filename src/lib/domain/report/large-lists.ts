/**
 * How a report shows its per-city lists when a network is large. The Eurocities network has about forty
 * cities, and its reports list every city and every city's indicator figure. A network of a thousand cities
 * would make that a page of megabytes (a chart of a thousand bars, tables of a thousand rows), so above
 * `REPORT_CITY_LIST_LIMIT` cities the report summarises instead: the cities counted by country, each
 * indicator's comparable figures as a distribution. Every city's row stays reachable: in the data annex
 * (CSV, XLSX), on each city's page, and on the paged page of all the figures of an indicator.
 */
import type { IndicatorPoint } from '../analysis';

export const REPORT_CITY_LIST_LIMIT = 100;

/** Rows per page of the page listing every city's figure for one indicator. */
export const INDICATOR_PAGE_SIZE = 50;

export function summarisesCities(count: number): boolean {
	return count > REPORT_CITY_LIST_LIMIT;
}

export interface CountryCount {
	countryCode: string;
	count: number;
}

/** How many cities per country, the most first, then by country code (the caller names the countries). */
export function citiesByCountry(cities: readonly { countryCode: string }[]): CountryCount[] {
	const counts = new Map<string, number>();
	for (const city of cities) counts.set(city.countryCode, (counts.get(city.countryCode) ?? 0) + 1);
	return [...counts]
		.map(([countryCode, count]) => ({ countryCode, count }))
		.sort((a, b) => b.count - a.count || a.countryCode.localeCompare(b.countryCode, 'en'));
}

/** The distribution of an indicator's comparable figures; null when no figure is comparable. */
export interface FigureDistribution {
	/** Figures without any comparability mark: the ones the distribution is of. */
	comparable: number;
	lowest: number;
	lowerQuartile: number;
	median: number;
	upperQuartile: number;
	highest: number;
}

/** The quantiles a distribution gives: lowest, lower quartile, median, upper quartile, highest. */
export const distributionQuantiles = [0, 0.25, 0.5, 0.75, 1] as const;

export function figureDistribution(points: readonly IndicatorPoint[]): FigureDistribution | null {
	const values = points
		.filter((point) => point.marks.length === 0)
		.map((point) => point.figure.value)
		.sort((a, b) => a - b);
	return distributionOf(
		values.length,
		distributionQuantiles.map((q) => quantile(values, q))
	);
}

/**
 * The distribution from the count of comparable figures and their quantiles (in the order of
 * `distributionQuantiles`, not rounded), however they were computed: here, or by PostgreSQL's
 * `percentile_cont`, which interpolates the same way (reads/cycle-tallies.ts).
 */
export function distributionOf(comparable: number, quantiles: readonly number[]): FigureDistribution | null {
	if (comparable === 0) return null;
	const [lowest, lowerQuartile, median, upperQuartile, highest] = quantiles.map(twoDecimals);
	return {
		comparable,
		lowest: lowest!,
		lowerQuartile: lowerQuartile!,
		median: median!,
		upperQuartile: upperQuartile!,
		highest: highest!
	};
}

/**
 * The q-quantile of sorted values, interpolated between the two nearest (the method spreadsheets use for
 * QUARTILE).
 */
function quantile(sorted: readonly number[], q: number): number {
	const position = (sorted.length - 1) * q;
	const below = Math.floor(position);
	const above = Math.min(below + 1, sorted.length - 1);
	const low = sorted[below] ?? 0;
	return low + ((sorted[above] ?? low) - low) * (position - below);
}

/** Rounded to two decimals, so a figure given to one decimal does not read as 12.349999. */
function twoDecimals(value: number): number {
	return Math.round(value * 100) / 100;
}
