import { indicatorItemIds, indicatorSeries, type CityResult } from '$lib/domain/analysis';
import type { Locale } from '$lib/domain/locale';
import { itemsOf, localized } from '$lib/domain/questionnaire/definition';
import { migrantDefinitionLabels } from '$lib/domain/questionnaire/values';
import { questionnaireVersions } from '$lib/domain/questionnaire/versions';
import { type MessageKey } from '$lib/i18n';
import { translator } from '$lib/server/i18n/translator';
import { indicatorChart } from '../charts/indicator-chart';

/** An indicator some city of the cycle gave a figure for, named as the questionnaire names it. */
export interface IndicatorName {
	id: string;
	name: string;
}

/** The indicators the cycle's cities gave, in the questionnaire's order (unknown ids last). */
export function givenIndicators(cities: readonly CityResult[], locale: Locale): IndicatorName[] {
	return namedIndicators(indicatorItemIds(cities), locale);
}

/** These indicator ids (in the order first met), named, in the questionnaire's order (unknown ids last). */
export function namedIndicators(ids: readonly string[], locale: Locale): IndicatorName[] {
	const items = questionnaireVersions.flatMap((definition) =>
		itemsOf(definition).flatMap(({ item }) => (item.type === 'indicator' ? [item] : []))
	);
	const given = new Set(ids);
	const ordered = [...new Set([...items.map((item) => item.id), ...given])].filter((id) => given.has(id));
	return ordered.map((id) => {
		const item = items.find((candidate) => candidate.id === id);
		return { id, name: item ? localized(item.label, locale) : id };
	});
}

/** A migrant definition's name in the reader's language; '' when there is none. */
export function definitionNameOf(
	definition: keyof typeof migrantDefinitionLabels | null | undefined,
	locale: Locale
): string {
	return definition ? localized(migrantDefinitionLabels[definition], locale) : '';
}

/**
 * One indicator, ready for a page or an export: a bar per city with the comparability marks, the notes that
 * explain the marks, the figures for the table, and the chart (null when no city gave a figure, or when
 * `chart` is false: a page that lists the figures without it need not draw it).
 */
export function indicatorFigures(
	cities: readonly CityResult[],
	indicator: IndicatorName,
	locale: Locale,
	{ chart = true }: { chart?: boolean } = {}
) {
	const t = translator(locale);
	const series = indicatorSeries(cities, indicator.id);
	const definitionName = (definition: keyof typeof migrantDefinitionLabels | null | undefined) =>
		definitionNameOf(definition, locale);
	const footnotes = series.footnotes.map(({ mark, key, params }) => ({
		mark,
		text: t(key as MessageKey, {
			definition: definitionName(params.definition),
			// A year is a label, not a quantity: never "2,019".
			year: params.year === undefined ? '' : String(params.year)
		})
	}));
	return {
		series: {
			...series,
			mostCommonDefinitionName: definitionName(series.mostCommonDefinition),
			points: series.points.map((point) => ({
				...point,
				definitionName: definitionName(point.figure.definition)
			}))
		},
		svg: chart && series.points.length ? indicatorChart(series.points, indicator.name, t, locale) : null,
		footnotes
	};
}

export type IndicatorFigures = ReturnType<typeof indicatorFigures>;
