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

	it('keeps to what the 4th report says: organised by eight trends, Helsinki counselling for ages 15 to 29', () => {
		const { introduction, conclusions } = demoReportChapters['2018-2020'];
		expect(introduction.body).toContain('organised around eight key trends');
		expect(introduction.body).not.toMatch(/self-assessment, role by role/);
		expect(conclusions.body).toContain('Helsinki offers everyone aged 15 to 29');
	});
});
