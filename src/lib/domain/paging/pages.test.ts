import { describe, expect, it } from 'vitest';
import { pageLinks, pageWindow } from './pages';

describe('pageWindow', () => {
	it('holds the rows of the asked page and says which of the whole list they are', () => {
		expect(pageWindow(3, 1000, 50)).toEqual({
			page: 3,
			pages: 20,
			offset: 100,
			size: 50,
			first: 101,
			last: 150,
			total: 1000
		});
	});

	it('ends the last page at the last row', () => {
		const last = pageWindow(21, 1001, 50);
		expect([last.first, last.last, last.pages]).toEqual([1001, 1001, 21]);
	});

	it('reads a page beyond the last as the last, and a nonsense page as the first', () => {
		expect(pageWindow(99, 120, 50).page).toBe(3);
		expect(pageWindow(0, 120, 50).page).toBe(1);
		expect(pageWindow(Number.NaN, 120, 50).page).toBe(1);
	});

	it('has one empty page when nothing matches', () => {
		expect(pageWindow(4, 0, 50)).toMatchObject({ page: 1, pages: 1, first: 0, last: 0 });
	});
});

describe('pageLinks', () => {
	it('lists every page of a short list', () => {
		expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
	});

	it('shows the first, the last and the pages around the current one of a long list', () => {
		expect(pageLinks(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
		expect(pageLinks(1, 20)).toEqual([1, 2, 3, null, 20]);
		expect(pageLinks(20, 20)).toEqual([1, null, 18, 19, 20]);
	});

	it('shows a single left-out number rather than an ellipsis in its place', () => {
		expect(pageLinks(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
	});
});
