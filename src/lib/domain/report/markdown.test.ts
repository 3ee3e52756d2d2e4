import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, renderMarkdown } from './markdown';

/**
 * The event-handler attributes in the output's tags. markdown-it writes every `"` of the text as `&quot;`,
 * so a literal `"` only delimits an attribute value: emptying the values leaves just the tags' own names.
 */
function eventAttributes(html: string): string[] {
	const withoutValues = html.replace(/"[^"]*"/g, '""');
	return [...withoutValues.matchAll(/<[^>]*\s(on[a-z]*)\s*=/gi)].map((match) => match[1]!);
}

describe('renderMarkdown', () => {
	it('shows raw HTML as text: no script, no image with an event handler', () => {
		const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
		expect(html).not.toContain('<script');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('does not turn javascript: or data: addresses into links', () => {
		for (const link of [
			'[x](javascript:alert(1))',
			'[x](JavaScript:alert(1))',
			'[x](data:text/html,<b>hi</b>)',
			'[x](data:image/png;base64,AAAA)',
			'<javascript:alert(1)>'
		]) {
			const html = renderMarkdown(link);
			expect(html, link).not.toContain('<a');
			expect(html, link).not.toMatch(/href="(javascript|data):/i);
		}
	});

	it('keeps https and mailto links', () => {
		const html = renderMarkdown(
			'[Charter](https://eurocities.eu/charter) or [write](mailto:info@example.eu)'
		);
		expect(html).toContain('<a href="https://eurocities.eu/charter">Charter</a>');
		expect(html).toContain('<a href="mailto:info@example.eu">write</a>');
	});

	it('does not render images, even from https addresses', () => {
		expect(renderMarkdown('![a chart](https://example.org/chart.png)')).not.toContain('<img');
	});

	it('places the highest heading of a chapter at h3, under the chapter title, keeping the steps', () => {
		expect(renderMarkdown('# Title')).toBe('<h3>Title</h3>\n');
		// A writer who starts at "##" gets no gap in the page's heading order.
		expect(renderMarkdown('## Part')).toBe('<h3>Part</h3>\n');
		expect(renderMarkdown('## Part\n\n### Detail')).toBe('<h3>Part</h3>\n<h4>Detail</h4>\n');
		expect(renderMarkdown('# A\n\n### C')).toBe('<h3>A</h3>\n<h5>C</h5>\n');
		// The deepest stop at h6; opening and closing tags always match.
		expect(renderMarkdown('# A\n\n###### F')).toBe('<h3>A</h3>\n<h6>F</h6>\n');
	});

	it('gives exports the chapter with its highest heading at level 1', () => {
		const tags = parseMarkdown('### Part\n\n#### Detail')
			.filter((token) => token.type === 'heading_open')
			.map((token) => token.tag);
		expect(tags).toEqual(['h1', 'h2']);
	});

	it('renders lists and emphasis the secretariat writes', () => {
		const html = renderMarkdown('Cities **agree**:\n\n- one\n- two');
		expect(html).toContain('<strong>agree</strong>');
		expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
	});

	it('never outputs a script tag or an on… attribute, whatever the text', () => {
		const fragments = fc.constantFrom(
			'<script>',
			'</script>',
			'<img src=x onerror=alert(1)>',
			'<a href="#" onclick="x">',
			'[x](javascript:alert(1))',
			'[y](https://a.eu "t\\" onmouseover=\\"x")',
			'![i](data:image/png;base64,AA)',
			'<svg onload=alert(1)>',
			'# ',
			'\n\n',
			'`',
			'*',
			'"',
			"'",
			' on',
			'load=',
			'<',
			'>'
		);
		const text = fc.oneof(
			fc.string(),
			fc.array(fc.oneof(fragments, fc.string()), { maxLength: 12 }).map((parts) => parts.join(''))
		);
		fc.assert(
			fc.property(text, (input) => {
				const html = renderMarkdown(input);
				expect(html.toLowerCase()).not.toContain('<script');
				expect(eventAttributes(html)).toEqual([]);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('parseMarkdown', () => {
	it('keeps the written heading level in the tokens and refuses the same links as the HTML', () => {
		const tokens = parseMarkdown('# Title\n\n[x](javascript:alert(1))');
		expect(tokens.find((token) => token.type === 'heading_open')?.tag).toBe('h1');
		expect(
			tokens.some((token) => token.type === 'inline' && token.children?.some((c) => c.type === 'link_open'))
		).toBe(false);
	});
});
