import { describe, expect, it } from 'vitest';
import { contentsPages, pdfOutline, sameTitle } from './pdf-outline';

/** The shape of Chromium's output: uncompressed objects, a two-level page tree, an outline with children. */
const pdf = [
	'%PDF-1.4',
	'1 0 obj\n<</Type /Page\n/Parent 10 0 R>>\nendobj',
	'2 0 obj\n<</Type /Page\n/Parent 10 0 R>>\nendobj',
	'3 0 obj\n<</Type /Page\n/Parent 11 0 R>>\nendobj',
	'10 0 obj\n<</Type /Pages\n/Count 2\n/Kids [1 0 R 2 0 R]\n/Parent 12 0 R>>\nendobj',
	'11 0 obj\n<</Type /Pages\n/Count 1\n/Kids [3 0 R]\n/Parent 12 0 R>>\nendobj',
	'12 0 obj\n<</Type /Pages\n/Count 3\n/Kids [10 0 R 11 0 R]>>\nendobj',
	'20 0 obj\n<</Type /Outlines\n/First 21 0 R\n/Last 21 0 R\n/Count 4>>\nendobj',
	'21 0 obj\n<</Title (Report 2018\\2262020)\n/Dest [1 0 R /XYZ 52 700 0]\n/First 22 0 R\n/Last 24 0 R>>\nendobj',
	'22 0 obj\n<</Title (Contents)\n/Dest [1 0 R /XYZ 52 500 0]\n/Next 23 0 R>>\nendobj',
	'23 0 obj\n<</Title <FEFF00C9007400E9>\n/Dest [2 0 R /XYZ 52 500 0]\n/Next 24 0 R>>\nendobj',
	'24 0 obj\n<</Title (Change \\(since\\) 2011)\n/Dest [3 0 R /XYZ 52 500 0]>>\nendobj',
	'30 0 obj\n<</Type /Catalog\n/Pages 12 0 R\n/Outlines 20 0 R>>\nendobj',
	'%%EOF'
].join('\n');

describe('the outline of a printed PDF', () => {
	it('reads each heading with its page, through nested page trees and either string form', () => {
		const outline = pdfOutline(new TextEncoder().encode(pdf));
		expect(outline.map((entry) => [entry.title, entry.page, entry.depth])).toEqual([
			['Report 2018\x962020', 1, 0],
			['Contents', 1, 1],
			['Été', 2, 1],
			['Change (since) 2011', 3, 1]
		]);
	});

	it('numbers the contents in order, matching titles by their letters and digits', () => {
		const outline = pdfOutline(new TextEncoder().encode(pdf));
		expect(sameTitle('Report 2018–2020', 'Report 2018\x962020')).toBe(true);
		expect(contentsPages(['Été', 'Change (since) 2011', 'Missing'], outline)).toEqual([2, 3, null]);
		// A title that occurs twice takes the next one after the previous entry's heading.
		const twice = [
			{ title: 'Intro', page: 1, depth: 1 },
			{ title: 'Notes', page: 2, depth: 2 },
			{ title: 'Notes', page: 5, depth: 1 }
		];
		expect(contentsPages(['Intro', 'Notes', 'Notes'], twice)).toEqual([1, 2, 5]);
	});
});
