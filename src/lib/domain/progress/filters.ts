import { z } from 'zod';
import { progressStates } from './progress-state';

/**
 * What the secretariat can narrow the progress table to; the URL holds it so a filtered view is a link. Anything
 * unexpected in the URL falls back to "no filter" rather than an error page.
 */
export const progressFilterSchema = z.object({
	state: z.enum(progressStates).or(z.literal('')).catch(''),
	country: z
		.string()
		.regex(/^[A-Z]{2}$/)
		.or(z.literal(''))
		.catch(''),
	sort: z.enum(['name', 'activity']).catch('name'),
	/** Which page of the table; the query reads a page beyond the last as the last. */
	page: z.coerce.number().int().min(1).max(1_000_000).catch(1)
});

/** Rows per page of the progress table: a screenful or two, and a page stays small with thousands of cities. */
export const PROGRESS_PAGE_SIZE = 50;

export type ProgressFilter = z.infer<typeof progressFilterSchema>;

export function parseProgressFilter(params: URLSearchParams): ProgressFilter {
	return progressFilterSchema.parse({
		state: params.get('state') ?? '',
		country: params.get('country') ?? '',
		sort: params.get('sort') ?? 'name',
		page: params.get('page') ?? 1
	});
}

export function isFiltered(filter: ProgressFilter): boolean {
	return filter.state !== '' || filter.country !== '';
}

/**
 * The query string of a filtered view (defaults left out), e.g. for the totals that link to a state, or for a
 * page of the table (which keeps the filters and the sort).
 */
export function progressQuery(filter: Partial<ProgressFilter>): string {
	const params = new URLSearchParams();
	if (filter.state) params.set('state', filter.state);
	if (filter.country) params.set('country', filter.country);
	if (filter.sort && filter.sort !== 'name') params.set('sort', filter.sort);
	if (filter.page && filter.page > 1) params.set('page', String(filter.page));
	const query = params.toString();
	return query ? `?${query}` : '';
}
