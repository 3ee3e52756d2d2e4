import { changeMoveName, changeMoves } from '$lib/i18n/change-moves';
import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
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
	if (!block.cities.length) return [textParagraph(m.report_noCities({}, { locale: t.locale }))];
	// A large network's document counts the cities by country, as its page does; the annex lists every one.
	if (block.byCountry) {
		return [
			textParagraph(
				m.reportSummary_citiesLead({ count: formatNumber(locale, block.cities.length) }, { locale: t.locale })
			),
			...dataTable(
				m.reportSummary_citiesCaption({}, { locale: t.locale }),
				[m.reportSummary_country({}, { locale: t.locale }), m.reportSummary_cities({}, { locale: t.locale })],
				block.byCountry.map((group) => ({
					head: group.country,
					cells: [formatNumber(locale, group.count)]
				}))
			)
		];
	}
	return block.cities.map((city) =>
		bulletParagraph(
			[
				new TextRun(
					cleanText(
						m.reportExport_cityCountry({ city: city.name, country: city.country }, { locale: t.locale })
					)
				)
			],
			listReferences.bullets
		)
	);
}

function responseRate(block: Part<'response-rate'>, { t, locale }: PartContext): Content {
	const columns = block.previous ? [block.current, block.previous] : [block.current];
	const n = (value: number) => formatNumber(locale, value);
	const notRecorded = m.analysis_participation_notRecorded({}, { locale: t.locale });
	const content = dataTable(
		m.analysis_participation_caption({}, { locale: t.locale }),
		[m.analysis_participation_measure({}, { locale: t.locale }), ...columns.map((rate) => rate.name)],
		[
			{
				head: m.analysis_participation_responding({}, { locale: t.locale }),
				cells: columns.map((rate) => n(rate.responding))
			},
			{
				head: m.analysis_participation_invited({}, { locale: t.locale }),
				cells: columns.map((rate) => (rate.invited === null ? notRecorded : n(rate.invited)))
			},
			{
				head: m.analysis_participation_rate({}, { locale: t.locale }),
				cells: columns.map((rate) =>
					rate.ofInvited === null ? notRecorded : formatShare(locale, rate.responding, rate.invited ?? 0)
				)
			},
			{
				head: m.analysis_participation_signatories({}, { locale: t.locale }),
				cells: columns.map((rate) =>
					rate.ofSignatories === null
						? n(rate.respondingSignatories)
						: m.analysis_participation_ofTotal(
								{
									count: n(rate.respondingSignatories),
									total: n(rate.signatories),
									share: formatShare(locale, rate.respondingSignatories, rate.signatories)
								},
								{ locale: t.locale }
							)
				)
			}
		]
	);
	if (columns.some((rate) => rate.invited === null))
		content.push(
			textParagraph(m.analysis_participation_notRecordedHint({}, { locale: t.locale }), { italics: true })
		);
	return content;
}

function roleResults(block: Part<'role-results'>, context: PartContext): Content {
	const { t, locale } = context;
	if (!block.svg) return [textParagraph(m.report_noCities({}, { locale: t.locale }))];
	const n = (value: number) => formatNumber(locale, value);
	const text = (number: number) => commitments.find((c) => c.number === number)?.text[locale] ?? '';
	const cells = (counts: RatingCounts, shares: RatingShares) => [
		...ratings.map((rating) =>
			shares
				? m.analysis_ratings_countShare(
						{
							count: n(counts[rating]),
							share: formatPercent(locale, shares[rating])
						},
						{ locale: t.locale }
					)
				: n(counts[rating])
		),
		n(counts.noAnswer),
		n(counts.answered)
	];
	return [
		chartParagraph(context.picture(block.svg), block.title),
		...dataTable(
			m.analysis_ratings_caption({ role: block.roleName }, { locale: t.locale }),
			[
				m.analysis_ratings_commitment({}, { locale: t.locale }),
				...ratings.map((rating) =>
					pick(
						{
							fully: m.analysis_rating_fully,
							noAnswer: m.analysis_rating_noAnswer,
							not_at_all: m.analysis_rating_not_at_all,
							partly: m.analysis_rating_partly
						},
						rating
					)({}, { locale: t.locale })
				),
				m.analysis_rating_noAnswer({}, { locale: t.locale }),
				m.analysis_ratings_answered({}, { locale: t.locale })
			],
			[
				...block.result.commitments.map((row) => ({
					head: m.analysis_commitmentLong(
						{ number: row.commitment, text: text(row.commitment) },
						{ locale: t.locale }
					),
					cells: cells(row.counts, row.shares)
				})),
				{
					head: m.analysis_ratings_roleTotal({}, { locale: t.locale }),
					cells: cells(block.result.total, block.result.shares),
					total: true
				}
			]
		),
		...(sharesMayNotAddUp([...block.result.commitments.map((row) => row.shares), block.result.shares])
			? [textParagraph(m.figures_roundingNote({}, { locale: t.locale }), { italics: true })]
			: [])
	];
}

function comparison(block: Part<'comparison'>, context: PartContext): Content {
	const { t, locale } = context;
	if (!block.change) return [textParagraph(m.report_noPrevious({}, { locale: t.locale }))];
	const { changes, svg, previousName, currentName } = block.change;
	if (!svg)
		return [
			textParagraph(m.analysis_change_intro({}, { locale: t.locale })),
			textParagraph(m.analysis_change_noneCompared({}, { locale: t.locale }))
		];
	const moves = changeMoves;
	return [
		textParagraph(m.analysis_change_intro({}, { locale: t.locale })),
		chartParagraph(context.picture(svg), block.title),
		...dataTable(
			m.analysis_change_caption({ previous: previousName, current: currentName }, { locale: t.locale }),
			[
				m.analysis_ratings_commitment({}, { locale: t.locale }),
				m.analysis_change_compared({}, { locale: t.locale }),
				...moves.map((move) => changeMoveName(move, t.locale))
			],
			changes.map((change) => ({
				head: m.analysis_commitmentShort({ number: change.commitment }, { locale: t.locale }),
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
	if (!block.groups.length) return [textParagraph(m.report_noPractices({}, { locale: t.locale }))];
	const byCommitment = block.kind === 'practices-by-commitment';
	return block.groups.flatMap((group) => [
		subheading(
			m.reportExport_groupHeading(
				{
					label: (byCommitment ? m.report_commitmentNumber : m.report_trendNumber)(
						{ number: group.number },
						{ locale: t.locale }
					),
					title: group.title
				},
				{ locale: t.locale }
			)
		),
		...group.practices.map((practice) => {
			const link = baseUrl ? safeLink(`/practices/${encodeURIComponent(practice.slug)}`, baseUrl) : null;
			const style = link ? 'Hyperlink' : undefined;
			// The title keeps the language it is written in; the words around it are the reader's.
			const [before = '', after = ''] = m
				.report_practiceCity(
					{
						title: titleSlot,
						city: practice.cityName
					},
					{ locale: t.locale }
				)
				.split(titleSlot);
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
