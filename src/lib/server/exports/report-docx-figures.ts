import {
	AlignmentType,
	HeadingLevel,
	ImageRun,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ParagraphChild
} from 'docx';
import type { ChartPicture } from './chart-png';
import { cleanText } from './report-docx-inline';

/** A4 with 2 cm margins, in twips (1/1440 inch), and the width of the text between the margins in pixels. */
export const page = { width: 11906, height: 16838, margin: 1134 } as const;
const textWidthPx = Math.floor(((page.width - 2 * page.margin) / 1440) * 96);

/**
 * A chart as a picture filling the text width (never enlarged past its own size), its aspect ratio kept, with
 * the chart's own summary as the alternative text that screen readers read out in Word.
 */
export function chartParagraph(picture: ChartPicture, name: string): Paragraph {
	const width = Math.min(textWidthPx, picture.width);
	const height = Math.round((picture.height * width) / picture.width);
	return new Paragraph({
		keepNext: true,
		spacing: { before: 120, after: 120 },
		children: [
			new ImageRun({
				type: 'png',
				data: picture.png,
				transformation: { width, height },
				altText: { name: cleanText(name), title: cleanText(name), description: cleanText(picture.label) }
			})
		]
	});
}

export interface DataRow {
	/** The row's header: the first cell, what the row is about. */
	head: string;
	cells: string[];
	/** A total row, written in bold. */
	total?: boolean;
}

/**
 * A table of numbers as Word knows tables: a caption above (kept with the table), a header row that Word
 * repeats on every page and that screen readers announce, the first column naming each row, and numbers
 * aligned right.
 */
export function dataTable(
	caption: string,
	header: string[],
	rows: DataRow[],
	/** How the columns after the first are aligned: right (numbers) unless told. */
	align: ('left' | 'right')[] = []
): (Paragraph | Table)[] {
	const right = (column: number) => (align[column] ?? 'right') === 'right';
	const cell = (text: string, { bold = false, right = false } = {}) =>
		new TableCell({
			margins: { top: 40, bottom: 40, left: 80, right: 80 },
			children: [
				new Paragraph({
					alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
					children: [new TextRun({ text: cleanText(text), bold })]
				})
			]
		});
	return [
		new Paragraph({
			keepNext: true,
			spacing: { before: 120, after: 60 },
			children: [new TextRun({ text: cleanText(caption), bold: true })]
		}),
		new Table({
			width: { size: 100, type: WidthType.PERCENTAGE },
			rows: [
				new TableRow({
					tableHeader: true,
					cantSplit: true,
					children: header.map((text, index) =>
						cell(text, { bold: true, right: index > 0 && right(index - 1) })
					)
				}),
				...rows.map(
					(row) =>
						new TableRow({
							cantSplit: true,
							children: [
								cell(row.head, { bold: true }),
								...row.cells.map((text, index) => cell(text, { bold: row.total, right: right(index) }))
							]
						})
				)
			]
		}),
		new Paragraph({ children: [] })
	];
}

/** A plain paragraph of text. */
export function textParagraph(text: string, options: { italics?: boolean; size?: number } = {}): Paragraph {
	return new Paragraph({ children: [new TextRun({ text: cleanText(text), ...options })] });
}

/** One bullet of a list, given its runs (text, links). */
export function bulletParagraph(children: ParagraphChild[], reference: string): Paragraph {
	return new Paragraph({ numbering: { reference, level: 0 }, children });
}

/** A heading inside a generated part (an indicator, a group of practices), under the part's Heading 1. */
export function subheading(text: string): Paragraph {
	return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(cleanText(text))] });
}
