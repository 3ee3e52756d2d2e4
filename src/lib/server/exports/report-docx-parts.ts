import { ExternalHyperlink, Paragraph, Table, TextRun } from 'docx';
import { formatPercent, formatShare } from '$lib/domain/analysis/format-share';
import { sharesMayNotAddUp, type RatingCounts, type RatingShares } from '$lib/domain/analysis';
import { commitments } from '$lib/domain/charter';
import type { Locale } from '$lib/domain/locale';
import { ratings } from '$lib/domain/questionnaire/values';
import { formatNumber, type Translate } from '$lib/i18n';
import type { ReportBlock } from '../report/report-document';
import type { ChartPicture } from './chart-png';
import { bulletParagraph, chartParagraph, dataTable, subheading, textParagraph } from './report-docx-figures';
import { cleanText, safeLink, wordLanguage } from './report-docx-inline';
import { indicatorsContent } from './report-docx-indicators';
import { listReferences } from './report-docx-markdown';
import { moduleResultsContent } from './report-docx-modules';

export type Part<K extends ReportBlock['kind']> = Extract<ReportBlock, { kind: K }>;
export type Content = (Paragraph | Table)[];

export interface PartContext {
	t: Translate;
	locale: Locale;
	/** The site's address, to link practices to their pages; without it they are plain text. */
	baseUrl?: string;
	/** A chart's picture, drawn beforehand (see `chartsOf`). */
	picture: (svg: string) => ChartPicture;
}

/** The charts of a report, to draw them all at once before the document is built. */
export function chartsOf(blocks: readonly ReportBlock[]): string[] {
	return blocks.flatMap((block) => {
		if (block.kind === 'role-results') return block.svg ? [block.svg] : [];
		if (block.kind === 'comparison') return block.change?.svg ? [block.change.svg] : [];
		if (block.kind === 'indicators')
			return block.indicators.flatMap((i) => (i.figures?.svg ? [i.figures.svg] : []));
		return [];
	});
}

/** The content under a generated part's heading: its charts as pictures, its numbers as Word tables. */
export function partContent(block: Exclude<ReportBlock, { kind: 'chapter' }>, context: PartContext): Content {
	switch (block.kind) {
		case 'participating-cities':
			return participatingCities(block, context);
		case 'response-rate':
			return responseRate(block, context);
		case 'role-results':
			return roleResults(block, context);
		case 'comparison':
			return comparison(block, context);
		case 'indicators':
			return indicatorsContent(block, context);
		case 'practices-by-commitment':
		case 'practices-by-trend':
			return practices(block, context);
		case 'module-results':
			return moduleResultsContent(block, context);
	}
}

function participatingCities(block: Part<'participating-cities'>, { t, locale }: PartContext): Content {
	if (!block.cities.length) return [textParagraph(t('report.noCities'))];
	// A large network's document counts the cities by country, as its page does; the annex lists every one.
	if (block.byCountry) {
		return [
			textParagraph(t('reportSummary.citiesLead', { count: formatNumber(locale, block.cities.length) })),
			...dataTable(
				t('reportSummary.citiesCaption'),
				[t('reportSummary.country'), t('reportSummary.cities')],
				block.byCountry.map((group) => ({
					head: group.country,
					cells: [formatNumber(locale, group.count)]
				}))
			)
		];
	}
	return block.cities.map((city) =>
		bulletParagraph(
			[new TextRun(cleanText(t('reportExport.cityCountry', { city: city.name, country: city.country })))],
			listReferences.bullets
		)
	);
}

function responseRate(block: Part<'response-rate'>, { t, locale }: PartContext): Content {
	const columns = block.previous ? [block.current, block.previous] : [block.current];
	const n = (value: number) => formatNumber(locale, value);
	const notRecorded = t('analysis.participation.notRecorded');
	const content = dataTable(
		t('analysis.participation.caption'),
		[t('analysis.participation.measure'), ...columns.map((rate) => rate.name)],
		[
			{ head: t('analysis.participation.responding'), cells: columns.map((rate) => n(rate.responding)) },
			{
				head: t('analysis.participation.invited'),
				cells: columns.map((rate) => (rate.invited === null ? notRecorded : n(rate.invited)))
			},
			{
				head: t('analysis.participation.rate'),
				cells: columns.map((rate) =>
					rate.ofInvited === null ? notRecorded : formatShare(locale, rate.responding, rate.invited ?? 0)
				)
			},
			{
				head: t('analysis.participation.signatories'),
				cells: columns.map((rate) =>
					rate.ofSignatories === null
						? n(rate.respondingSignatories)
						: t('analysis.participation.ofTotal', {
								count: n(rate.respondingSignatories),
								total: n(rate.signatories),
								share: formatShare(locale, rate.respondingSignatories, rate.signatories)
							})
				)
			}
		]
	);
	if (columns.some((rate) => rate.invited === null))
		content.push(textParagraph(t('analysis.participation.notRecordedHint'), { italics: true }));
	return content;
}

function roleResults(block: Part<'role-results'>, context: PartContext): Content {
	const { t, locale } = context;
	if (!block.svg) return [textParagraph(t('report.noCities'))];
	const n = (value: number) => formatNumber(locale, value);
	const text = (number: number) => commitments.find((c) => c.number === number)?.text[locale] ?? '';
	const cells = (counts: RatingCounts, shares: RatingShares) => [
		...ratings.map((rating) =>
			shares
				? t('analysis.ratings.countShare', {
						count: n(counts[rating]),
						share: formatPercent(locale, shares[rating])
					})
				: n(counts[rating])
		),
		n(counts.noAnswer),
		n(counts.answered)
	];
	return [
		chartParagraph(context.picture(block.svg), block.title),
		...dataTable(
			t('analysis.ratings.caption', { role: block.roleName }),
			[
				t('analysis.ratings.commitment'),
				...ratings.map((rating) => t(`analysis.rating.${rating}`)),
				t('analysis.rating.noAnswer'),
				t('analysis.ratings.answered')
			],
			[
				...block.result.commitments.map((row) => ({
					head: t('analysis.commitmentLong', { number: row.commitment, text: text(row.commitment) }),
					cells: cells(row.counts, row.shares)
				})),
				{
					head: t('analysis.ratings.roleTotal'),
					cells: cells(block.result.total, block.result.shares),
					total: true
				}
			]
		),
		...(sharesMayNotAddUp([...block.result.commitments.map((row) => row.shares), block.result.shares])
			? [textParagraph(t('figures.roundingNote'), { italics: true })]
			: [])
	];
}

function comparison(block: Part<'comparison'>, context: PartContext): Content {
	const { t, locale } = context;
	if (!block.change) return [textParagraph(t('report.noPrevious'))];
	const { changes, svg, previousName, currentName } = block.change;
	if (!svg)
		return [textParagraph(t('analysis.change.intro')), textParagraph(t('analysis.change.noneCompared'))];
	const moves = ['better', 'same', 'worse'] as const;
	return [
		textParagraph(t('analysis.change.intro')),
		chartParagraph(context.picture(svg), block.title),
		...dataTable(
			t('analysis.change.caption', { previous: previousName, current: currentName }),
			[
				t('analysis.ratings.commitment'),
				t('analysis.change.compared'),
				...moves.map((move) => t(`analysis.change.${move}`))
			],
			changes.map((change) => ({
				head: t('analysis.commitmentShort', { number: change.commitment }),
				cells: [change.compared, ...moves.map((move) => change[move])].map((value) =>
					formatNumber(locale, value)
				)
			}))
		)
	];
}

/** Stands for the practice's title in its message, to put the title in a run of its own. */
const titleSlot = '\u0000';

function practices(
	block: Part<'practices-by-commitment' | 'practices-by-trend'>,
	context: PartContext
): Content {
	const { t, baseUrl } = context;
	if (!block.groups.length) return [textParagraph(t('report.noPractices'))];
	const byCommitment = block.kind === 'practices-by-commitment';
	return block.groups.flatMap((group) => [
		subheading(
			t('reportExport.groupHeading', {
				label: t(byCommitment ? 'report.commitmentNumber' : 'report.trendNumber', { number: group.number }),
				title: group.title
			})
		),
		...group.practices.map((practice) => {
			const link = baseUrl ? safeLink(`/practices/${encodeURIComponent(practice.slug)}`, baseUrl) : null;
			const style = link ? 'Hyperlink' : undefined;
			// The title keeps the language it is written in; the words around it are the reader's.
			const [before = '', after = ''] = t('report.practiceCity', {
				title: titleSlot,
				city: practice.cityName
			}).split(titleSlot);
			const runs = [
				new TextRun({ text: cleanText(before), style }),
				new TextRun({
					text: cleanText(practice.title),
					style,
					language: wordLanguage(practice.language)
				}),
				new TextRun({ text: cleanText(after), style })
			];
			return bulletParagraph(
				[link ? new ExternalHyperlink({ link, children: runs }) : runs].flat(),
				listReferences.bullets
			);
		})
	]);
}
