import { indicatorItemIds, indicatorSeries } from '$lib/domain/analysis';
import { itemsOf, localized } from '$lib/domain/questionnaire/definition';
import { migrantDefinitionLabels } from '$lib/domain/questionnaire/values';
import { questionnaireVersions } from '$lib/domain/questionnaire/versions';
import { translator, type MessageKey } from '$lib/i18n';
import { indicatorChart } from '$lib/server/charts/indicator-chart';
import { loadAnalysisBase } from '../base';
import type { PageServerLoad } from './$types';

/**
 * One indicator at a time (chosen in a GET form): a bar per city with the comparability marks, the notes
 * explaining them, and the table of figures. One at a time keeps the page light with a thousand cities.
 */
// `satisfies` rather than a type annotation keeps the returned shape, which the integration test reads.
export const load = (async (event) => {
	const { results, cities, header } = await loadAnalysisBase(event);
	const { locale } = event.locals;
	const t = translator(locale);

	// Indicators in the questionnaire's order, named as the questionnaire names them.
	const items = questionnaireVersions.flatMap((definition) =>
		itemsOf(definition).flatMap(({ item }) => (item.type === 'indicator' ? [item] : []))
	);
	const given = new Set(indicatorItemIds(results.cities));
	const ordered = [...new Set([...items.map((item) => item.id), ...given])].filter((id) => given.has(id));
	const nameOf = (id: string) => {
		const item = items.find((candidate) => candidate.id === id);
		return item ? localized(item.label, locale) : id;
	};
	const indicators = ordered.map((id) => ({ id, name: nameOf(id) }));
	const wanted = event.url.searchParams.get('indicator');
	const chosen = indicators.find((indicator) => indicator.id === wanted) ?? indicators[0] ?? null;
	if (!chosen) return { header, indicators, chosen: null, series: null, svg: null, footnotes: [] };

	const series = indicatorSeries(cities, chosen.id);
	const definitionName = (definition: keyof typeof migrantDefinitionLabels | null | undefined) =>
		definition ? localized(migrantDefinitionLabels[definition], locale) : '';
	const footnotes = series.footnotes.map(({ mark, key, params }) => ({
		mark,
		text: t(key as MessageKey, {
			definition: definitionName(params.definition),
			// A year is a label, not a quantity: never "2,019".
			year: params.year === undefined ? '' : String(params.year)
		})
	}));
	return {
		header,
		indicators,
		chosen,
		series: {
			...series,
			mostCommonDefinitionName: definitionName(series.mostCommonDefinition),
			points: series.points.map((point) => ({
				...point,
				definitionName: definitionName(point.figure.definition)
			}))
		},
		svg: series.points.length ? indicatorChart(series.points, chosen.name, t, locale) : null,
		footnotes
	};
}) satisfies PageServerLoad;
