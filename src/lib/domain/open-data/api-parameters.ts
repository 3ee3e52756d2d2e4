import { z } from 'zod';
import { sizeBands, type CityFilter } from '../analysis/filters';
import { pagingSchema } from './paging';

const countryCode = z
	.string()
	.regex(/^[A-Z]{2}$/, 'Use an ISO 3166-1 alpha-2 code in capitals, e.g. FI')
	.optional();

/** `/api/v1/cities`: a name search, a country and whether the city signed, with paging. */
export const citiesQuerySchema = pagingSchema.extend({
	q: z.string().trim().max(100).default(''),
	country: countryCode,
	signatory: z.enum(['true', 'false']).optional()
});

/** `/api/v1/cycles/{slug}/results`: at most one of these filters when only aggregates are public. */
export const resultsQuerySchema = z.object({
	country: countryCode,
	size: z.enum([...sizeBands, 'unknown']).optional(),
	signatory: z.enum(['true', 'false']).optional()
});

export function resultsFilter(query: z.infer<typeof resultsQuerySchema>): CityFilter {
	return {
		country: query.country,
		sizeBand: query.size,
		signatory: query.signatory === undefined ? undefined : query.signatory === 'true'
	};
}
