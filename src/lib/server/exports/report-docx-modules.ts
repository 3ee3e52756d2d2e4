import { m } from '$lib/paraglide/messages.js';
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { ModuleItemResult } from '$lib/domain/analysis/module-results';
import { minimumGroup } from '$lib/domain/disclosure';
import { formatNumber } from '$lib/i18n';
import { dataTable, textParagraph } from './report-docx-figures';
import { cleanText } from './report-docx-inline';
import type { Content, Part, PartContext } from './report-docx-parts';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
	new Paragraph({ heading: level, children: [new TextRun(cleanText(text))] });

/**
 * The answers to the cycle's topical modules in the DOCX, as the report page shows them: a heading per module,
 * section and question; counts and figures as Word tables, texts as a paragraph per city after its name.
 */
export function moduleResultsContent(block: Part<'module-results'>, context: PartContext): Content {
	const { t, locale } = context;
	if (!block.modules.length) return [textParagraph(m.modules_none({}, { locale: t.locale }))];
	const n = (value: number) => formatNumber(locale, value);
	return [
		...(block.aggregatesOnly ? [textParagraph(m.modules_aggregatesOnly({}, { locale: t.locale }))] : []),
		...block.modules.flatMap((module) => [
			heading(module.title, HeadingLevel.HEADING_2),
			...(module.intro ? [textParagraph(module.intro)] : []),
			textParagraph(
				m.modules_answering(
					{ count: n(module.answeringCities), total: n(block.responding) },
					{ locale: t.locale }
				)
			),
			...module.sections.flatMap((section) => [
				heading(section.title, HeadingLevel.HEADING_3),
				...section.items.flatMap((item) => [
					heading(item.label, HeadingLevel.HEADING_4),
					...itemContent(item, context)
				])
			])
		])
	];
}

function itemContent(item: ModuleItemResult, { t, locale }: PartContext): Content {
	const n = (value: number) => formatNumber(locale, value);
	if (item.withheld)
		return [textParagraph(m.modules_withheld({ minimum: minimumGroup }, { locale: t.locale }))];
	if (item.answered === 0) return [textParagraph(m.modules_noAnswers({}, { locale: t.locale }))];
	switch (item.kind) {
		case 'counts':
			return [
				textParagraph(
					item.several
						? m.modules_several({ count: n(item.answered) }, { locale: t.locale })
						: m.modules_answered({ count: n(item.answered) }, { locale: t.locale })
				),
				...dataTable(
					m.modules_countsCaption({ question: item.label }, { locale: t.locale }),
					[m.modules_answer({}, { locale: t.locale }), m.modules_cities({}, { locale: t.locale })],
					item.options.map((option) => ({ head: option.label, cells: [n(option.count)] }))
				)
			];
		case 'figures':
			return [
				textParagraph(
					`${m.modules_answered({ count: n(item.answered) }, { locale: t.locale })} ${m.modules_unit({ unit: item.unit }, { locale: t.locale })}`
				),
				...dataTable(
					m.modules_summaryCaption({ question: item.label }, { locale: t.locale }),
					[
						m.modules_cities({}, { locale: t.locale }),
						m.modules_total({}, { locale: t.locale }),
						m.modules_median({}, { locale: t.locale })
					],
					[
						{
							head: n(item.answered),
							cells: [item.sum === null ? '' : n(item.sum), item.median === null ? '' : n(item.median)]
						}
					]
				),
				...(item.cities.length
					? dataTable(
							m.modules_figuresCaption({ question: item.label }, { locale: t.locale }),
							[
								m.modules_city({}, { locale: t.locale }),
								m.modules_figure({}, { locale: t.locale }),
								m.modules_year({}, { locale: t.locale }),
								m.modules_source({}, { locale: t.locale })
							],
							item.cities.map((city) => ({
								head: city.cityName,
								cells: [
									n(city.value),
									city.year === null ? m.modules_notGiven({}, { locale: t.locale }) : String(city.year),
									city.source || m.modules_notGiven({}, { locale: t.locale })
								]
							})),
							['right', 'left', 'left']
						)
					: [])
			];
		case 'texts':
			return [
				textParagraph(m.modules_answered({ count: n(item.answered) }, { locale: t.locale })),
				...item.cities.flatMap((city) => [
					new Paragraph({
						keepNext: true,
						children: [new TextRun({ text: cleanText(city.cityName), bold: true })]
					}),
					...city.text.split('\n').map((line) => textParagraph(line))
				])
			];
		case 'answered':
			return [textParagraph(m.modules_filesAttached({ count: n(item.answered) }, { locale: t.locale }))];
	}
}
