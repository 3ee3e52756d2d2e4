import { z } from 'zod';

/**
 * Paging of every list in the open data API: `limit` (1–100, default 20) and `offset` (default 0). Unlike the
 * HTML pages, a bad value is an error here, not silently replaced: a program should learn it asked wrongly.
 */
export const pagingSchema = z.object({
	limit: z.coerce.number().int().min(1).max(100).default(20),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
});

export type Paging = z.infer<typeof pagingSchema>;

export interface Page<T> {
	items: T[];
	total: number;
	limit: number;
	offset: number;
}

/** One page of an already filtered, ordered list. */
export function pageOf<T>(all: readonly T[], paging: Paging): Page<T> {
	return {
		items: all.slice(paging.offset, paging.offset + paging.limit),
		total: all.length,
		limit: paging.limit,
		offset: paging.offset
	};
}

/**
 * The query string as a plain object; repeated parameters keep every value. Built with Object.fromEntries, so
 * a parameter named `__proto__` or `constructor` is an own property like any other, never the prototype.
 */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
	return Object.fromEntries(
		[...new Set(params.keys())].map((key) => {
			const values = params.getAll(key);
			return [key, values.length > 1 ? values : (values[0] ?? '')];
		})
	);
}
