import { m } from '$lib/paraglide/messages.js';
import { organisationDay } from '$lib/domain/time-zone';
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	HeadingLevel,
	Packer,
	PageBreak,
	PageNumber,
	Paragraph,
	TableOfContents,
	TextRun,
	type FileChild,
	type IStylesOptions
} from 'docx';
import type { Locale } from '$lib/domain/locale';
import { formatDate, type Translate } from '$lib/i18n';
import { translator } from '$lib/server/i18n/translator';
import type { ReportDocument } from '../report/report-document';
import { chartPngs } from './chart-png';
import { page, textParagraph } from './report-docx-figures';
import { cleanText, wordLanguage } from './report-docx-inline';
import { listNumbering, markdownToDocx } from './report-docx-markdown';
import { chartsOf, partContent } from './report-docx-parts';

export const docxContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const reportDocxFilename = (slug: string) => `integrating-cities-report-${slug}.docx`;

export interface ReportDocxOptions {
	/** The site's address (origin): relative links of chapters and practice links point there. */
	baseUrl?: string;
}

/**
 * A published report as an editable Word document: a title page, a table of contents that Word fills from
 * the headings (it offers to update it on opening), page numbers, the chapters converted from Markdown, and
 * every generated part with its charts as pictures (with alternative text) and its numbers as Word tables.
 */
export async function reportDocx(
	report: ReportDocument,
	locale: Locale,
	options: ReportDocxOptions = {}
): Promise<Buffer> {
	const t = translator(locale);
	const pictures = await chartPngs(chartsOf(report.blocks));
	const context = { t, locale, baseUrl: options.baseUrl, picture: (svg: string) => pictures.get(svg)! };
	const body = report.blocks.flatMap((block) => [
		new Paragraph({
			heading: HeadingLevel.HEADING_1,
			children: [
				new TextRun({
					text: cleanText(block.title),
					// The document speaks the reader's language; a chapter keeps the language it was written in.
					language: wordLanguage(block.kind === 'chapter' ? block.language : undefined)
				})
			]
		}),
		...(block.kind === 'chapter'
			? markdownToDocx(block.markdown, options.baseUrl, block.language)
			: partContent(block, context))
	]);
	const document = new Document({
		title: cleanText(report.cycle.name),
		creator: m.reportExport_creator({}, { locale: locale }),
		lastModifiedBy: m.reportExport_creator({}, { locale: locale }),
		features: { updateFields: true },
		numbering: listNumbering,
		styles: styles(locale),
		sections: [
			{
				properties: {
					titlePage: true,
					page: {
						size: { width: page.width, height: page.height },
						margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin }
					}
				},
				footers: { default: pageFooter(t), first: new Footer({ children: [] }) },
				children: [...titlePage(report, locale, t), ...contents(t), ...body]
			}
		]
	});
	return Packer.toBuffer(document);
}

function titlePage(report: ReportDocument, locale: Locale, t: Translate): Paragraph[] {
	const { cycle } = report;
	const lines: Paragraph[] = [
		new Paragraph({
			spacing: { before: 2400 },
			heading: HeadingLevel.TITLE,
			children: [new TextRun(cleanText(cycle.name))]
		})
	];
	if (cycle.reportNumber && cycle.reportYear)
		lines.push(
			textParagraph(
				m.city_reportNumber({ number: cycle.reportNumber, year: cycle.reportYear }, { locale: t.locale }),
				{
					size: 28
				}
			)
		);
	if (cycle.publishedAt)
		lines.push(
			textParagraph(
				m.reportExport_published(
					{
						date: formatDate(locale, organisationDay(cycle.publishedAt))
					},
					{ locale: t.locale }
				)
			)
		);
	if (cycle.illustrative) {
		const border = { style: BorderStyle.SINGLE, size: 12, color: 'B45309', space: 6 };
		lines.push(
			new Paragraph({
				spacing: { before: 480 },
				border: { top: border, bottom: border, left: border, right: border },
				children: [new TextRun({ text: m.analysis_illustrative({}, { locale: t.locale }), bold: true })]
			})
		);
	}
	return lines;
}

/**
 * The table of contents on its own page. Its title is not a heading, or it would list itself. The field is
 * written dirty and the document asks Word to update fields, so Word fills in the page numbers on opening.
 */
function contents(t: Translate): FileChild[] {
	return [
		new Paragraph({ children: [new PageBreak()] }),
		new Paragraph({
			spacing: { after: 240 },
			children: [
				new TextRun({ text: m.reportExport_contents({}, { locale: t.locale }), bold: true, size: 32 })
			]
		}),
		new TableOfContents(m.reportExport_contents({}, { locale: t.locale }), {
			hyperlink: true,
			headingStyleRange: '1-3'
		}),
		textParagraph(m.reportExport_contentsHint({}, { locale: t.locale }), { italics: true, size: 18 }),
		new Paragraph({ children: [new PageBreak()] })
	];
}

/** "Page 3 of 12" in the reader's language: the message's placeholders become Word's page fields. */
function pageFooter(t: Translate): Footer {
	// The placeholders stay in the text: Word fills in the page numbers.
	const parts = m
		.reportExport_pageOf({ page: '{page}', pages: '{pages}' }, { locale: t.locale })
		.split(/(\{page\}|\{pages\})/);
	const runs = parts
		.filter(Boolean)
		.map((part) =>
			part === '{page}'
				? new TextRun({ children: [PageNumber.CURRENT] })
				: part === '{pages}'
					? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
					: new TextRun(part)
		);
	return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: runs })] });
}

function styles(locale: Locale): IStylesOptions {
	const heading = (size: number) => ({
		run: { size, bold: true, color: '1B3A6B' },
		paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true }
	});
	return {
		default: {
			document: {
				run: { font: 'Calibri', size: 22, language: wordLanguage(locale) },
				paragraph: { spacing: { after: 120 } }
			},
			title: { run: { size: 56, bold: true, color: '1B3A6B' } },
			heading1: heading(32),
			heading2: heading(26),
			heading3: heading(24),
			heading4: heading(22),
			heading5: heading(22),
			heading6: heading(22)
		}
	};
}
