import MarkdownIt from 'markdown-it';

/**
 * The secretariat's Markdown, rendered to HTML that is safe to insert: raw HTML in the text is shown as text
 * (`html: false`), links may only be http(s), mailto or relative (markdown-it refuses javascript:, data: and
 * the like), and images are not rendered (a report should not pull pictures from other sites). Headings are
 * placed under the chapter's own title (see placeHeadings).
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.disable(['image']);
// markdown-it lets data:image/… URLs through as links; a report links to web pages and addresses only.
const defaultValidateLink = markdown.validateLink.bind(markdown);
markdown.validateLink = (url) => !/^\s*data:/i.test(url) && defaultValidateLink(url);

type Tokens = ReturnType<typeof markdown.parse>;

/**
 * Moves a chapter's headings so that its highest one is level `top`, keeping the steps between them: writers
 * who start at "##" out of habit still get no gap in the page's heading order. Capped at level 6.
 */
function placeHeadings(tokens: Tokens, top: number): Tokens {
	const levels = tokens.filter((token) => token.type === 'heading_open').map((token) => level(token.tag));
	if (levels.length === 0) return tokens;
	const shift = top - Math.min(...levels);
	for (const token of tokens) {
		if (token.type === 'heading_open' || token.type === 'heading_close') {
			token.tag = `h${Math.min(level(token.tag) + shift, 6)}`;
		}
	}
	return tokens;
}

function level(tag: string): number {
	return Number(tag.slice(1));
}

/** A chapter as HTML: its title is the page's h2, so its own highest heading is an h3. */
export function renderMarkdown(text: string): string {
	return markdown.renderer.render(placeHeadings(markdown.parse(text, {}), 3), markdown.options, {});
}

/**
 * The token stream of a chapter, for exports that build their own document (DOCX); its highest heading is
 * level 1, to be placed under the chapter's title as the export needs.
 */
export function parseMarkdown(text: string): Tokens {
	return placeHeadings(markdown.parse(text, {}), 1);
}
