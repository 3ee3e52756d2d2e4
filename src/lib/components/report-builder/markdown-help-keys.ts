/** The messages the Markdown help shows, which the chapter editor's load passes on as text. */
export type MarkdownHelpKey =
	| 'reportBuilder_markdown_intro'
	| 'reportBuilder_markdown_heading'
	| 'reportBuilder_markdown_bold'
	| 'reportBuilder_markdown_italic'
	| 'reportBuilder_markdown_list'
	| 'reportBuilder_markdown_link'
	| 'reportBuilder_markdown_html';
