import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { parseMarkdown } from '$lib/domain/report/markdown';

type Token = ReturnType<typeof parseMarkdown>[number];

/** Text Word can hold: XML 1.0 has no place for most control characters, and Word refuses a file with one. */
export function cleanText(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export const codeFont = 'Courier New';

/** Where a link may lead in a document: the web and e-mail; relative links only against the site's address. */
export function safeLink(href: string, baseUrl?: string): string | null {
	try {
		const url = baseUrl ? new URL(href, baseUrl) : new URL(href);
		return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
	} catch {
		return null;
	}
}

export interface Style {
	bold?: boolean;
	italics?: boolean;
	strike?: boolean;
	code?: boolean;
	/** The language of the text (ISO 639-1), which Word uses for spelling and reading aloud. */
	language?: string;
}

/** The country each content language is most at home in, to make Word's language tags (e.g. ca → ca-ES). */
const homeRegion: Record<string, string> = {
	en: 'GB',
	fr: 'FR',
	de: 'DE',
	nl: 'NL',
	it: 'IT',
	es: 'ES',
	pt: 'PT',
	ca: 'ES',
	sv: 'SE',
	da: 'DK',
	nb: 'NO',
	fi: 'FI',
	el: 'GR',
	hu: 'HU',
	ro: 'RO',
	lt: 'LT',
	tr: 'TR'
};

/** A run's language for Word, from a language code (ISO 639-1): Word expects a language with its region. */
export function wordLanguage(code: string | undefined): { value: string } | undefined {
	if (!code) return undefined;
	const region = homeRegion[code];
	return { value: region ? `${code}-${region}` : code };
}

/**
 * The runs of one line of Markdown (an `inline` token): emphasis, code, breaks and links. A link becomes a
 * Word hyperlink only when it leads to the web or e-mail; otherwise its text stays, unlinked. Raw HTML never
 * reaches here as markup: markdown-it (html: false) gives it as text, which Word shows as typed.
 */
export function inlineRuns(inline: Token | undefined, baseUrl?: string, base: Style = {}): ParagraphChild[] {
	const out: ParagraphChild[] = [];
	const style: Style = { ...base };
	let link: { href: string | null; runs: ParagraphChild[] } | null = null;
	const push = (child: ParagraphChild) => (link ? link.runs.push(child) : out.push(child));
	const text = (value: string) =>
		push(
			new TextRun({
				text: cleanText(value),
				bold: style.bold,
				italics: style.italics,
				strike: style.strike,
				font: style.code ? codeFont : undefined,
				style: link?.href ? 'Hyperlink' : undefined,
				language: wordLanguage(style.language)
			})
		);
	for (const token of inline?.children ?? []) {
		switch (token.type) {
			case 'strong_open':
			case 'strong_close':
				style.bold = token.type === 'strong_open' || base.bold;
				break;
			case 'em_open':
			case 'em_close':
				style.italics = token.type === 'em_open';
				break;
			case 's_open':
			case 's_close':
				style.strike = token.type === 's_open';
				break;
			case 'code_inline':
				style.code = true;
				text(token.content);
				style.code = false;
				break;
			case 'softbreak':
				text(' ');
				break;
			case 'hardbreak':
				push(new TextRun({ break: 1 }));
				break;
			case 'link_open':
				link = { href: safeLink(token.attrGet('href') ?? '', baseUrl), runs: [] };
				break;
			case 'link_close':
				if (link) {
					const { href, runs } = link;
					link = null;
					if (href) out.push(new ExternalHyperlink({ link: href, children: runs }));
					else out.push(...runs);
				}
				break;
			default:
				if (token.content) text(token.content);
		}
	}
	return out;
}
