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
	sort: z.enum(['name', 'activity']).catch('name')
});

export type ProgressFilter = z.infer<typeof progressFilterSchema>;

export function parseProgressFilter(params: URLSearchParams): ProgressFilter {
	return progressFilterSchema.parse({
		state: params.get('state') ?? '',
		country: params.get('country') ?? '',
		sort: params.get('sort') ?? 'name'
	});
}

export function isFiltered(filter: ProgressFilter): boolean {
	return filter.state !== '' || filter.country !== '';
}

/** The query string of a filtered view (defaults left out), e.g. for the totals that link to a state. */
export function progressQuery(filter: Partial<ProgressFilter>): string {
	const params = new URLSearchParams();
	if (filter.state) params.set('state', filter.state);
	if (filter.country) params.set('country', filter.country);
	if (filter.sort && filter.sort !== 'name') params.set('sort', filter.sort);
	const query = params.toString();
	return query ? `?${query}` : '';
}
