import { and, asc, eq, ilike, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db';
import { cities, responses, cycles } from '../db/schema';
import { countedStates } from './cycle-results';
import { isPublishedCycle } from '../public/published-cycles';

/** The filters and order a visitor can choose on the cities page; anything else falls back to defaults. */
export const cityListFilterSchema = z.object({
	q: z.string().trim().max(100).catch(''),
	country: z
		.string()
		.regex(/^[A-Z]{2}$/)
		.or(z.literal(''))
		.catch(''),
	status: z.enum(['all', 'signatory', 'respondent']).catch('all'),
	sort: z.enum(['name', 'country', 'signed']).catch('name')
});

export type CityListFilter = z.infer<typeof cityListFilterSchema>;

export function parseCityListFilter(params: URLSearchParams): CityListFilter {
	return cityListFilterSchema.parse({
		q: params.get('q') ?? '',
		country: params.get('country') ?? '',
		status: params.get('status') ?? 'all',
		sort: params.get('sort') ?? 'name'
	});
}

export interface CityListRow {
	slug: string;
	name: string;
	countryCode: string;
	population: number | null;
	latitude: number;
	longitude: number;
	signedOn: string | null;
	signedOnPrecision: string | null;
	/** Where the signing fact comes from; it may say the fact is unverified. */
	signingSource: string | null;
	cycles: { slug: string; name: string }[];
}

/** Cities with the published cycles they answered, filtered and ordered in SQL. */
export async function listCities(db: Database, filter: CityListFilter): Promise<CityListRow[]> {
	const conditions: SQL[] = [];
	if (filter.q) conditions.push(ilike(cities.name, `%${escapeLike(filter.q)}%`));
	if (filter.country) conditions.push(eq(cities.countryCode, filter.country));
	if (filter.status === 'signatory') conditions.push(isNotNull(cities.signedOn));
	if (filter.status === 'respondent') conditions.push(isNull(cities.signedOn));

	const order =
		filter.sort === 'country'
			? [asc(cities.countryCode), asc(cities.name)]
			: filter.sort === 'signed'
				? [sql`${cities.signedOn} asc nulls last`, asc(cities.name)]
				: [asc(cities.name)];

	const rows = await db
		.select({
			id: cities.id,
			slug: cities.slug,
			name: cities.name,
			countryCode: cities.countryCode,
			population: cities.population,
			latitude: cities.latitude,
			longitude: cities.longitude,
			signedOn: cities.signedOn,
			signedOnPrecision: cities.signedOnPrecision,
			signingSource: cities.signingSource
		})
		.from(cities)
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(...order);

	const answered = await db
		.select({ cityId: responses.cityId, slug: cycles.slug, name: cycles.name })
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		// As on the profile: only the responses a report counts; an unanswered invitation is not public.
		.where(and(isPublishedCycle(), inArray(responses.state, [...countedStates])))
		.orderBy(asc(cycles.periodStart));
	const cyclesByCity = new Map<number, { slug: string; name: string }[]>();
	for (const { cityId, ...cycle } of answered) {
		cyclesByCity.set(cityId, [...(cyclesByCity.get(cityId) ?? []), cycle]);
	}
	return rows.map(({ id, ...city }) => ({ ...city, cycles: cyclesByCity.get(id) ?? [] }));
}

/** Countries that have at least one city, for the country filter. */
export async function listCityCountries(db: Database): Promise<string[]> {
	const rows = await db
		.selectDistinct({ code: cities.countryCode })
		.from(cities)
		.orderBy(asc(cities.countryCode));
	return rows.map((row) => row.code);
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
