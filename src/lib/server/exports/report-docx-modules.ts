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
	if (!block.modules.length) return [textParagraph(t('modules.none'))];
	const n = (value: number) => formatNumber(locale, value);
	return [
		...(block.aggregatesOnly ? [textParagraph(t('modules.aggregatesOnly'))] : []),
		...block.modules.flatMap((module) => [
			heading(module.title, HeadingLevel.HEADING_2),
			...(module.intro ? [textParagraph(module.intro)] : []),
			textParagraph(t('modules.answering', { count: n(module.answeringCities), total: n(block.responding) })),
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
	if (item.withheld) return [textParagraph(t('modules.withheld', { minimum: minimumGroup }))];
	if (item.answered === 0) return [textParagraph(t('modules.noAnswers'))];
	switch (item.kind) {
		case 'counts':
			return [
				textParagraph(
					item.several
						? t('modules.several', { count: n(item.answered) })
						: t('modules.answered', { count: n(item.answered) })
				),
				...dataTable(
					t('modules.countsCaption', { question: item.label }),
					[t('modules.answer'), t('modules.cities')],
					item.options.map((option) => ({ head: option.label, cells: [n(option.count)] }))
				)
			];
		case 'figures':
			return [
				textParagraph(
					`${t('modules.answered', { count: n(item.answered) })} ${t('modules.unit', { unit: item.unit })}`
				),
				...dataTable(
					t('modules.summaryCaption', { question: item.label }),
					[t('modules.cities'), t('modules.total'), t('modules.median')],
					[
						{
							head: n(item.answered),
							cells: [item.sum === null ? '' : n(item.sum), item.median === null ? '' : n(item.median)]
						}
					]
				),
				...(item.cities.length
					? dataTable(
							t('modules.figuresCaption', { question: item.label }),
							[t('modules.city'), t('modules.figure'), t('modules.year'), t('modules.source')],
							item.cities.map((city) => ({
								head: city.cityName,
								cells: [
									n(city.value),
									city.year === null ? t('modules.notGiven') : String(city.year),
									city.source || t('modules.notGiven')
								]
							})),
							['right', 'left', 'left']
						)
					: [])
			];
		case 'texts':
			return [
				textParagraph(t('modules.answered', { count: n(item.answered) })),
				...item.cities.flatMap((city) => [
					new Paragraph({
						keepNext: true,
						children: [new TextRun({ text: cleanText(city.cityName), bold: true })]
					}),
					...city.text.split('\n').map((line) => textParagraph(line))
				])
			];
		case 'answered':
			return [textParagraph(t('modules.filesAttached', { count: n(item.answered) }))];
	}
}
