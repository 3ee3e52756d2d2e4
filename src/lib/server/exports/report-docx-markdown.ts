import {
	BorderStyle,
	HeadingLevel,
	LevelFormat,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type INumberingOptions,
	type IParagraphOptions,
	type ParagraphChild
} from 'docx';
import { parseMarkdown } from '$lib/domain/report/markdown';
import { cleanText, codeFont, inlineRuns, wordLanguage, type Style } from './report-docx-inline';

type Token = ReturnType<typeof parseMarkdown>[number];

/** The lists of a converted chapter: bullets, and numbers that every list restarts (by `instance`). */
export const listReferences = { bullets: 'report-bullets', numbers: 'report-numbers' } as const;

const bulletSymbols = ['•', '◦', '▪'];
const indentOf = (level: number) => ({ left: 720 * (level + 1), hanging: 360 });

export const listNumbering: INumberingOptions = {
	config: [
		{
			reference: listReferences.bullets,
			levels: bulletSymbols.map((text, level) => ({
				level,
				format: LevelFormat.BULLET,
				text,
				style: { paragraph: { indent: indentOf(level) } }
			}))
		},
		{
			reference: listReferences.numbers,
			levels: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN].map(
				(format, level) => ({
					level,
					format,
					text: `%${level + 1}.`,
					style: { paragraph: { indent: indentOf(level) } }
				})
			)
		}
	]
};

export const headingLevels = [
	HeadingLevel.HEADING_1,
	HeadingLevel.HEADING_2,
	HeadingLevel.HEADING_3,
	HeadingLevel.HEADING_4,
	HeadingLevel.HEADING_5,
	HeadingLevel.HEADING_6
] as const;

/** Word heading of a Markdown heading level (1 for `#`), one below the chapter's own Heading 1. */
export function chapterHeading(markdownLevel: number) {
	return headingLevels[Math.min(markdownLevel + 1, 6) - 1]!;
}

interface ListContext {
	ordered: boolean;
	instance: number;
	/** Whether the current item's first paragraph is still to come: that one carries the bullet or number. */
	itemStart: boolean;
}

/**
 * A chapter's Markdown as Word paragraphs and tables: headings one level under the chapter's Heading 1,
 * paragraphs, emphasis, code, lists (nested, numbered lists each counting from 1), block quotes as indented
 * paragraphs, code blocks in a fixed-width font, rules, and Markdown tables as Word tables.
 */
export function markdownToDocx(markdown: string, baseUrl?: string, language?: string): (Paragraph | Table)[] {
	const tokens = parseMarkdown(markdown);
	// Every run carries the chapter's language, which may differ from the document's (the reader's).
	const base: Style = { language };
	const runs = (inline: Token | undefined) => inlineRuns(inline, baseUrl, base);
	const out: (Paragraph | Table)[] = [];
	const lists: ListContext[] = [];
	let quoteDepth = 0;
	let instance = 0;

	const blockOptions = (): Partial<IParagraphOptions> => {
		const list = lists.at(-1);
		const quoteIndent = 720 * quoteDepth;
		const quote = quoteDepth
			? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } } }
			: {};
		if (!list) return quoteDepth ? { indent: { left: quoteIndent }, ...quote } : {};
		const level = Math.min(lists.length - 1, 2);
		if (!list.itemStart) return { indent: { left: 720 * (level + 1) + quoteIndent }, ...quote };
		list.itemStart = false;
		return list.ordered
			? { numbering: { reference: listReferences.numbers, level, instance: list.instance } }
			: { numbering: { reference: listReferences.bullets, level } };
	};

	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index]!;
		switch (token.type) {
			case 'heading_open':
				out.push(
					new Paragraph({
						heading: chapterHeading(Number(token.tag.slice(1))),
						children: runs(tokens[index + 1])
					})
				);
				index += 2;
				break;
			case 'paragraph_open':
				out.push(new Paragraph({ ...blockOptions(), children: runs(tokens[index + 1]) }));
				index += 2;
				break;
			case 'bullet_list_open':
			case 'ordered_list_open': {
				const ordered = token.type === 'ordered_list_open';
				// A numbered list inside another keeps its parent's count; any other numbered list starts at 1.
				const parent = lists.findLast((list) => list.ordered);
				if (ordered && !parent) instance += 1;
				lists.push({ ordered, instance: parent?.instance ?? instance, itemStart: false });
				break;
			}
			case 'bullet_list_close':
			case 'ordered_list_close':
				lists.pop();
				break;
			case 'list_item_open':
				lists.at(-1)!.itemStart = true;
				break;
			case 'blockquote_open':
				quoteDepth += 1;
				break;
			case 'blockquote_close':
				quoteDepth -= 1;
				break;
			case 'fence':
			case 'code_block':
				out.push(codeParagraph(token.content, blockOptions(), base));
				break;
			case 'hr':
				out.push(
					new Paragraph({
						border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } },
						children: []
					})
				);
				break;
			case 'table_open': {
				const close = tokens.findIndex((candidate, at) => at > index && candidate.type === 'table_close');
				out.push(markdownTable(tokens.slice(index, close + 1), baseUrl, base));
				index = close;
				break;
			}
			case 'inline':
				out.push(new Paragraph({ ...blockOptions(), children: runs(token) }));
				break;
		}
	}
	return out;
}

function codeParagraph(content: string, options: Partial<IParagraphOptions>, base: Style): Paragraph {
	const lines = content.replace(/\n$/, '').split('\n');
	return new Paragraph({
		...options,
		children: lines.map(
			(line, index) =>
				new TextRun({
					text: cleanText(line),
					font: codeFont,
					break: index ? 1 : 0,
					language: wordLanguage(base.language)
				})
		)
	});
}

/** A Markdown (GFM) table: its header row marked as one, so Word repeats it on every page. */
function markdownTable(tokens: Token[], baseUrl: string | undefined, base: Style): Table {
	const rows: { header: boolean; cells: ParagraphChild[][] }[] = [];
	for (const token of tokens) {
		if (token.type === 'tr_open') rows.push({ header: false, cells: [] });
		if (token.type === 'th_open') rows.at(-1)!.header = true;
		if (token.type === 'inline') {
			const row = rows.at(-1);
			row?.cells.push(inlineRuns(token, baseUrl, { ...base, bold: row.header }));
		}
	}
	const columns = Math.max(1, ...rows.map((row) => row.cells.length));
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: rows.map(
			(row) =>
				new TableRow({
					tableHeader: row.header,
					children: Array.from(
						{ length: columns },
						(_, column) =>
							new TableCell({
								children: [
									new Paragraph({
										children: row.cells[column] ?? []
									})
								]
							})
					)
				})
		)
	});
}
