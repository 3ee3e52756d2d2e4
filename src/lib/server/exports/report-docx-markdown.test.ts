import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { listNumbering, markdownToDocx } from './report-docx-markdown';

/** Packs converted Markdown into a document and returns its body XML and its relationships. */
async function converted(markdown: string, baseUrl?: string, language?: string) {
	const document = new Document({
		numbering: listNumbering,
		sections: [{ children: markdownToDocx(markdown, baseUrl, language) }]
	});
	const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
	return {
		xml: await zip.file('word/document.xml')!.async('string'),
		rels: await zip.file('word/_rels/document.xml.rels')!.async('string')
	};
}

const hyperlinkTargets = (rels: string) =>
	[...rels.matchAll(/<Relationship [^>]*Type="[^"]*\/hyperlink"[^>]*>/g)].map(
		(match) => /Target="([^"]*)"/.exec(match[0])![1]
	);
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('a chapter’s Markdown in Word', { timeout: 30_000 }, () => {
	const markdown = [
		'# What cities did',
		'',
		'Most cities **met** the *first* commitment; see `c1`.',
		'',
		'- Helsinki',
		'  - a nested point',
		'- Vienna',
		'',
		'1. first',
		'2. second',
		'',
		'Read [the Charter](https://example.eu/charter) and write to <info@example.eu>.',
		'',
		'<script>alert(1)</script>',
		'',
		'[x](javascript:alert(1)) and [home](/practices)',
		'',
		'> A quoted city',
		'',
		'one line  ',
		'next line'
	].join('\n');

	it('marks every run with the chapter’s language, in headings, code and tables too', async () => {
		const table = '| Ville | Note |\n| --- | --- |\n| Nantes | bien |';
		const { xml } = await converted(`${markdown}\n\n${table}\n\n    code`, undefined, 'fr');
		const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g)!.filter((run) => run.includes('<w:t'));
		expect(runs.length).toBeGreaterThan(10);
		for (const run of runs) expect(run).toContain('<w:lang w:val="fr-FR"/>');
		expect((await converted(markdown)).xml).not.toContain('<w:lang');
	});

	it('keeps the text, with headings one level under the chapter title, emphasis and lists', async () => {
		const { xml } = await converted(markdown);
		expect(texts(xml)).toContain('What cities did');
		expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?What cities did/);
		expect(xml).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>met<\/w:t>/);
		expect(xml).toMatch(/<w:i\/>[\s\S]*?<w:t[^>]*>first<\/w:t>/);
		expect(xml).toMatch(/Courier New[\s\S]*?<w:t[^>]*>c1<\/w:t>/);
		// Two bullets at level 0, one nested at level 1, two numbered items.
		expect(xml.match(/<w:ilvl w:val="0"\/>/g)).toHaveLength(4);
		expect(xml.match(/<w:ilvl w:val="1"\/>/g)).toHaveLength(1);
		expect(texts(xml)).toContain('A quoted city');
		expect(xml).toMatch(/<w:br\/>/);
	});

	it('links only to the web and e-mail, and shows raw HTML as text, never as markup', async () => {
		const { xml, rels } = await converted(markdown);
		expect(hyperlinkTargets(rels)).toEqual(['https://example.eu/charter', 'mailto:info@example.eu']);
		expect(xml.match(/<w:hyperlink /g)).toHaveLength(2);
		expect(xml).not.toContain('<script');
		expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(texts(xml)).toContain('[x](javascript:alert(1))');
		expect(rels).not.toContain('javascript');
		// A relative link has nowhere to go in a file: its text stays, unlinked.
		expect(texts(xml)).toContain('home');
	});

	it('turns relative links into the site’s addresses when it knows the site', async () => {
		const { rels } = await converted('[home](/practices)', 'https://monitor.example.eu');
		expect(hyperlinkTargets(rels)).toEqual(['https://monitor.example.eu/practices']);
	});

	it('drops characters Word cannot open a file with', async () => {
		const { xml } = await converted('bell\u0007 and form\u000Cfeed');
		expect(texts(xml)).toContain('bell and formfeed');
	});

	it('starts every numbered list at 1, and makes Markdown tables Word tables with a header row', async () => {
		const { xml } = await converted(
			'1. a\n2. b\n\ntext\n\n1. c\n\n| City | Rating |\n| --- | --- |\n| Oslo | fully |'
		);
		const numIds = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
		expect(numIds).toHaveLength(3);
		expect(numIds[0]).toBe(numIds[1]);
		expect(numIds[2]).not.toBe(numIds[0]);
		expect(xml).toMatch(/<w:tblHeader\/>[\s\S]*City/);
		expect(texts(xml)).toContain('Oslo');
	});
});
