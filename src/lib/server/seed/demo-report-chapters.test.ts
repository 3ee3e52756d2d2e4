import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '$lib/domain/report/markdown';
import { demoReportChapters } from './demo-report-chapters';

const chapters = Object.entries(demoReportChapters).flatMap(([cycle, { introduction, conclusions }]) => [
	{ cycle, ...introduction },
	{ cycle, ...conclusions }
]);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('demo report chapters', () => {
	it.each(chapters)('$cycle “$title” is 150–300 words and ends naming its source', ({ body }) => {
		expect(words(body)).toBeGreaterThanOrEqual(150);
		expect(words(body)).toBeLessThanOrEqual(300);
		const lastLine = body.trim().split('\n').at(-1)!;
		expect(lastLine).toMatch(/^Source: summarised from the (First|Fourth) Integrating Cities Report/);
		expect(body).toMatch(/ratings shown in this demo report are illustrative/);
	});

	it('names the report of its own cycle', () => {
		for (const chapter of chapters) {
			const report = chapter.cycle === '2011-2012' ? 'First' : 'Fourth';
			expect(chapter.body, chapter.title).toContain(`${report} Integrating Cities Report`);
		}
	});

	it('uses Markdown structure (a heading or a list) that renders to HTML', () => {
		for (const { body } of chapters) expect(renderMarkdown(body)).toMatch(/<h4>|<ul>|<ol>/);
	});
});
