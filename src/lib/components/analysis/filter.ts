import { z } from 'zod';
import { sizeBands, type CityFilter, type SizeBandOrUnknown } from '$lib/domain/analysis';

/**
 * The analysis filters as the URL holds them (?country=FI&size=250k_500k&signatory=yes), so a filtered view
 * is a link and the GET form works without JavaScript. Anything unexpected falls back to "no filter".
 */
const filterSchema = z.object({
	country: z
		.string()
		.regex(/^[A-Z]{2}$/)
		.or(z.literal(''))
		.catch(''),
	size: z
		.enum([...sizeBands, 'unknown'] as const)
		.or(z.literal(''))
		.catch(''),
	signatory: z.enum(['yes', 'no', '']).catch('')
});

export type AnalysisFilter = z.infer<typeof filterSchema>;

export function parseAnalysisFilter(params: URLSearchParams): AnalysisFilter {
	return filterSchema.parse({
		country: params.get('country') ?? '',
		size: params.get('size') ?? '',
		signatory: params.get('signatory') ?? ''
	});
}

/** The filter as the analysis functions take it: empty fields let every city through. */
export function cityFilter(filter: AnalysisFilter): CityFilter {
	return {
		country: filter.country || undefined,
		sizeBand: filter.size || undefined,
		signatory: filter.signatory === '' ? undefined : filter.signatory === 'yes'
	};
}

export function isFiltered(filter: AnalysisFilter): boolean {
	return filter.country !== '' || filter.size !== '' || filter.signatory !== '';
}

/** The query string of a view (empty fields left out), with extra parameters of a sub-page. */
export function analysisQuery(filter: AnalysisFilter, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value) params.set(key, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** What the top of every analysis page shows: the cycle, the warnings, the filter form and its result. */
export interface AnalysisHeader {
	cycle: { slug: string; name: string; status: 'draft' | 'open' | 'closed' | 'published' };
	illustrative: boolean;
	referenceDate: string;
	filter: AnalysisFilter;
	filtered: boolean;
	choices: { countries: string[]; sizeBands: SizeBandOrUnknown[] };
	shown: number;
	total: number;
}
