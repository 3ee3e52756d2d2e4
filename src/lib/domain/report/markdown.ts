import MarkdownIt from 'markdown-it';

/**
 * The secretariat's Markdown, rendered to HTML that is safe to insert: raw HTML in the text is shown as text
 * (`html: false`), links may only be http(s), mailto or relative (markdown-it refuses javascript:, data: and
 * the like), and images are not rendered (a report should not pull pictures from other sites). Headings are
 * moved down two levels, because a chapter's own title is the page's h2: "# Heading" in a chapter is an h3.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.disable(['image']);
// markdown-it lets data:image/… URLs through as links; a report links to web pages and addresses only.
const defaultValidateLink = markdown.validateLink.bind(markdown);
markdown.validateLink = (url) => !/^\s*data:/i.test(url) && defaultValidateLink(url);

const defaultHeadingOpen =
	markdown.renderer.rules.heading_open ??
	((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.heading_open = (tokens, index, options, env, self) => {
	demote(tokens[index]!);
	return defaultHeadingOpen(tokens, index, options, env, self);
};
markdown.renderer.rules.heading_close = (tokens, index, options, _env, self) => {
	demote(tokens[index]!);
	return self.renderToken(tokens, index, options);
};

function demote(token: { tag: string }) {
	const level = Math.min(Number(token.tag.slice(1)) + 2, 6);
	token.tag = `h${level}`;
}

export function renderMarkdown(text: string): string {
	return markdown.render(text);
}

/** The token stream of a chapter, for exports that build their own document (DOCX). */
export function parseMarkdown(text: string) {
	return markdown.parse(text, {});
}
