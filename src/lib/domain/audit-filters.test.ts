import { describe, expect, it } from 'vitest';
import { auditQuery, isAuditFiltered, pageWindow, parseAuditFilter } from './audit-filters';

const parse = (query: string) => parseAuditFilter(new URLSearchParams(query));

describe('audit log filters in the URL', () => {
	it('reads every filter and the page', () => {
		expect(
			parse('action=city.updated&actor=u1&subjectType=city&subjectId=4&from=2026-01-01&to=2026-01-31&page=3')
		).toEqual({
			action: 'city.updated',
			actor: 'u1',
			subjectType: 'city',
			subjectId: '4',
			from: '2026-01-01',
			to: '2026-01-31',
			page: 3
		});
	});

	it('ignores malformed dates and pages rather than failing', () => {
		const filter = parse('from=yesterday&to=2026-02-30&page=-2');
		expect(filter).toMatchObject({ from: '', to: '', page: 1 });
		expect(isAuditFiltered(filter)).toBe(false);
	});

	it('keeps the filters on the links to other pages', () => {
		const filter = parse('action=city.updated&page=2');
		expect(auditQuery(filter, 3)).toBe('?action=city.updated&page=3');
		expect(auditQuery(filter, 1)).toBe('?action=city.updated');
	});
});

describe('paging', () => {
	it('says which entries a page shows', () => {
		expect(pageWindow(2, 2340, 50)).toEqual({ page: 2, pages: 47, offset: 50, first: 51, last: 100 });
		expect(pageWindow(47, 2340, 50)).toMatchObject({ first: 2301, last: 2340 });
	});

	it('brings a page past the end back to the last page, and handles an empty log', () => {
		expect(pageWindow(99, 120, 50)).toMatchObject({ page: 3, first: 101, last: 120 });
		expect(pageWindow(1, 0, 50)).toEqual({ page: 1, pages: 1, offset: 0, first: 0, last: 0 });
	});
});
