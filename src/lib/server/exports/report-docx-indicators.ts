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
	if (!block.indicators.length) return [textParagraph(t('report.noIndicators'))];
	if (!block.cityFiguresPublic) return indicatorCounts(block, context);
	return block.indicators.flatMap((indicator) => {
		if (indicator.summary)
			return indicatorSummary(indicator.name, indicator.cities, indicator.summary, context);
		if (!indicator.figures) return [];
		const { series, svg, footnotes } = indicator.figures;
		const reasons = (list: (typeof series.points)[number]['reasons']) =>
			list.length
				? list.map((reason) => t(`analysis.reason.${reason}`)).join(', ')
				: t('analysis.indicators.comparable');
		const content: Content = [subheading(indicator.name)];
		if (series.mostCommonYear !== null)
			content.push(
				textParagraph(
					t('analysis.indicators.reference', {
						year: String(series.mostCommonYear),
						definition: series.mostCommonDefinitionName
					})
				)
			);
		if (svg) content.push(chartParagraph(context.picture(svg), indicator.name));
		content.push(
			...dataTable(
				t('analysis.indicators.caption', { indicator: indicator.name }),
				[
					t('analysis.indicators.city'),
					t('analysis.indicators.value'),
					t('analysis.indicators.year'),
					t('analysis.indicators.definition'),
					t('analysis.indicators.source'),
					t('analysis.indicators.comparability')
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
				textParagraph(t('analysis.indicators.notesTitle'), { italics: true }),
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
				t('analysis.indicators.reference', {
					year: String(summary.mostCommonYear),
					definition: summary.mostCommonDefinitionName
				})
			)
		);
	const { distribution } = summary;
	if (!distribution) {
		content.push(textParagraph(t('reportSummary.indicatorNoneComparable', { count: n(cities) })));
	} else {
		content.push(
			textParagraph(
				t('reportSummary.indicatorLead', { count: n(cities), comparable: n(distribution.comparable) })
			),
			...dataTable(
				t('reportSummary.distributionCaption', { indicator: name }),
				[t('reportSummary.measure'), t('reportSummary.value')],
				[
					{ head: t('reportSummary.lowest'), cells: [n(distribution.lowest)] },
					{ head: t('reportSummary.lowerQuartile'), cells: [n(distribution.lowerQuartile)] },
					{ head: t('reportSummary.median'), cells: [n(distribution.median)] },
					{ head: t('reportSummary.upperQuartile'), cells: [n(distribution.upperQuartile)] },
					{ head: t('reportSummary.highest'), cells: [n(distribution.highest)] }
				]
			)
		);
	}
	content.push(textParagraph(t('reportSummary.annexToo')));
	return content;
}

function indicatorCounts(block: Part<'indicators'>, { t, locale }: PartContext): Content {
	const n = (value: number) => formatNumber(locale, value);
	return [
		textParagraph(t('reportExport.indicatorsAggregate')),
		...dataTable(
			t('reportExport.indicatorsCaption'),
			[t('reportExport.indicator'), t('reportExport.citiesGiving'), t('reportExport.notComparable')],
			block.indicators.map((indicator) => ({
				head: indicator.name,
				cells: [n(indicator.cities), n(indicator.notComparable)]
			}))
		)
	];
}
