import { describe, expect, it } from 'vitest';
import { pageOf, pagingSchema, searchParamsObject } from './paging';

describe('open data paging', () => {
	it('defaults to the first 20 and refuses limits outside 1–100', () => {
		expect(pagingSchema.parse({})).toEqual({ limit: 20, offset: 0 });
		expect(pagingSchema.safeParse({ limit: '0' }).success).toBe(false);
		expect(pagingSchema.safeParse({ limit: '101' }).success).toBe(false);
		expect(pagingSchema.safeParse({ offset: '-1' }).success).toBe(false);
	});

	it('cuts one page and still tells the whole total', () => {
		const page = pageOf(['a', 'b', 'c', 'd', 'e'], { limit: 2, offset: 3 });
		expect(page).toEqual({ items: ['d', 'e'], total: 5, limit: 2, offset: 3 });
		expect(pageOf(['a'], { limit: 2, offset: 5 }).items).toEqual([]);
	});

	it('keeps repeated query parameters as lists', () => {
		expect(searchParamsObject(new URLSearchParams('theme=housing&theme=health&limit=5'))).toEqual({
			theme: ['housing', 'health'],
			limit: '5'
		});
	});
});
