import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import { markedName } from '$lib/domain/analysis/marked-name';
import { formatNumber } from '$lib/i18n';
import { chartParagraph, dataTable, subheading, textParagraph } from './report-docx-figures';
import type { IndicatorSummary } from '../report/report-document';
import type { Content, Part, PartContext } from './report-docx-parts';

/**
 * The indicators: when the cycle made city answers public, per indicator its chart, every city's figure with
 * the comparability marks, and the notes on the marks; otherwise one table of how many cities gave each.
 */
export function indicatorsContent(block: Part<'indicators'>, context: PartContext): Content {
	const { t, locale } = context;
	if (!block.indicators.length) return [textParagraph(m.report_noIndicators({}, { locale: t.locale }))];
	if (!block.cityFiguresPublic) return indicatorCounts(block, context);
	return block.indicators.flatMap((indicator) => {
		if (indicator.summary)
			return indicatorSummary(indicator.name, indicator.cities, indicator.summary, context);
		if (!indicator.figures) return [];
		const { series, svg, footnotes } = indicator.figures;
		const reasons = (list: (typeof series.points)[number]['reasons']) =>
			list.length
				? list
						.map((reason) =>
							pick(
								{
									dataSet: m.analysis_reason_dataSet,
									definition: m.analysis_reason_definition,
									national: m.analysis_reason_national,
									year: m.analysis_reason_year
								},
								reason
							)({}, { locale: t.locale })
						)
						.join(', ')
				: m.analysis_indicators_comparable({}, { locale: t.locale });
		const content: Content = [subheading(indicator.name)];
		if (series.mostCommonYear !== null)
			content.push(
				textParagraph(
					m.analysis_indicators_reference(
						{
							year: String(series.mostCommonYear),
							definition: series.mostCommonDefinitionName
						},
						{ locale: t.locale }
					)
				)
			);
		if (svg) content.push(chartParagraph(context.picture(svg), indicator.name));
		content.push(
			...dataTable(
				m.analysis_indicators_caption({ indicator: indicator.name }, { locale: t.locale }),
				[
					m.analysis_indicators_city({}, { locale: t.locale }),
					m.analysis_indicators_value({}, { locale: t.locale }),
					m.analysis_indicators_year({}, { locale: t.locale }),
					m.analysis_indicators_definition({}, { locale: t.locale }),
					m.analysis_indicators_source({}, { locale: t.locale }),
					m.analysis_indicators_comparability({}, { locale: t.locale })
				],
				series.points.map((point) => ({
					head: markedName(point),
					cells: [
						formatNumber(locale, point.figure.value),
						String(point.figure.year),
						point.definitionName,
						point.figure.source,
						reasons(point.reasons)
					]
				})),
				['right', 'left', 'left', 'left', 'left']
			)
		);
		if (footnotes.length) {
			content.push(
				textParagraph(m.analysis_indicators_notesTitle({}, { locale: t.locale }), { italics: true }),
				...footnotes.map((note) => textParagraph(`${note.mark} ${note.text}`, { size: 18 }))
			);
		}
		return content;
	});
}

/**
 * A large network's indicator, as its page shows it: the distribution of the comparable figures. Every city's
 * figure is in the data annex, which the document names (a link back to the web page would not print).
 */
function indicatorSummary(
	name: string,
	cities: number,
	summary: IndicatorSummary,
	{ t, locale }: PartContext
): Content {
	const n = (value: number) => formatNumber(locale, value);
	const content: Content = [subheading(name)];
	if (summary.mostCommonYear !== null)
		content.push(
			textParagraph(
				m.analysis_indicators_reference(
					{
						year: String(summary.mostCommonYear),
						definition: summary.mostCommonDefinitionName
					},
					{ locale: t.locale }
				)
			)
		);
	const { distribution } = summary;
	if (!distribution) {
		content.push(
			textParagraph(m.reportSummary_indicatorNoneComparable({ count: n(cities) }, { locale: t.locale }))
		);
	} else {
		content.push(
			textParagraph(
				m.reportSummary_indicatorLead(
					{ count: n(cities), comparable: n(distribution.comparable) },
					{ locale: t.locale }
				)
			),
			...dataTable(
				m.reportSummary_distributionCaption({ indicator: name }, { locale: t.locale }),
				[m.reportSummary_measure({}, { locale: t.locale }), m.reportSummary_value({}, { locale: t.locale })],
				[
					{ head: m.reportSummary_lowest({}, { locale: t.locale }), cells: [n(distribution.lowest)] },
					{
						head: m.reportSummary_lowerQuartile({}, { locale: t.locale }),
						cells: [n(distribution.lowerQuartile)]
					},
					{ head: m.reportSummary_median({}, { locale: t.locale }), cells: [n(distribution.median)] },
					{
						head: m.reportSummary_upperQuartile({}, { locale: t.locale }),
						cells: [n(distribution.upperQuartile)]
					},
					{ head: m.reportSummary_highest({}, { locale: t.locale }), cells: [n(distribution.highest)] }
				]
			)
		);
	}
	content.push(textParagraph(m.reportSummary_annexToo({}, { locale: t.locale })));
	return content;
}

function indicatorCounts(block: Part<'indicators'>, { t, locale }: PartContext): Content {
	const n = (value: number) => formatNumber(locale, value);
	return [
		textParagraph(m.reportExport_indicatorsAggregate({}, { locale: t.locale })),
		...dataTable(
			m.reportExport_indicatorsCaption({}, { locale: t.locale }),
			[
				m.reportExport_indicator({}, { locale: t.locale }),
				m.reportExport_citiesGiving({}, { locale: t.locale }),
				m.reportExport_notComparable({}, { locale: t.locale })
			],
			block.indicators.map((indicator) => ({
				head: indicator.name,
				cells: [n(indicator.cities), n(indicator.notComparable)]
			}))
		)
	];
}
