import { and, asc, count, eq, ilike, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { pageWindow, type PageWindow } from '$lib/domain/paging/pages';
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

/**
 * Rows of the cities table a page shows: a network of about forty keeps them on one page; one of 10,000 gets
 * a hundred a page instead of a 6 MB page. Every city stays reachable through the pages.
 */
export const CITY_PAGE_SIZE = 100;

/** The page number asked for in the address; anything that is not one reads as the first page. */
const pageParameter = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export function parseCityListPage(params: URLSearchParams): number {
	return pageParameter.parse(params.get('page') ?? 1);
}

function conditionsOf(filter: CityListFilter): SQL | undefined {
	const conditions: SQL[] = [];
	if (filter.q) conditions.push(ilike(cities.name, `%${escapeLike(filter.q)}%`));
	if (filter.country) conditions.push(eq(cities.countryCode, filter.country));
	if (filter.status === 'signatory') conditions.push(isNotNull(cities.signedOn));
	if (filter.status === 'respondent') conditions.push(isNull(cities.signedOn));
	return conditions.length ? and(...conditions) : undefined;
}

function orderOf(filter: CityListFilter): SQL[] {
	return filter.sort === 'country'
		? [asc(cities.countryCode), asc(cities.name), asc(cities.id)]
		: filter.sort === 'signed'
			? [sql`${cities.signedOn} asc nulls last`, asc(cities.name), asc(cities.id)]
			: [asc(cities.name), asc(cities.id)];
}

const cityColumns = {
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
};

/** Cities with the published cycles they answered, filtered and ordered in SQL. */
export async function listCities(db: Database, filter: CityListFilter): Promise<CityListRow[]> {
	const rows = await db
		.select(cityColumns)
		.from(cities)
		.where(conditionsOf(filter))
		.orderBy(...orderOf(filter));
	return withCycles(db, rows, null);
}

/** One page of the filtered, ordered cities, and where it stands in the whole list. */
export async function listCitiesPage(
	db: Database,
	filter: CityListFilter,
	page: number,
	size = CITY_PAGE_SIZE
): Promise<{ cities: CityListRow[]; paging: PageWindow }> {
	const where = conditionsOf(filter);
	const [counted] = await db.select({ total: count() }).from(cities).where(where);
	const paging = pageWindow(page, counted?.total ?? 0, size);
	const rows = await db
		.select(cityColumns)
		.from(cities)
		.where(where)
		.orderBy(...orderOf(filter))
		.limit(paging.size)
		.offset(paging.offset);
	// Only the shown cities' cycles are read: a page of a hundred, not the whole network's answers.
	return {
		cities: await withCycles(
			db,
			rows,
			rows.map((row) => row.id)
		),
		paging
	};
}

/** Adds the published cycles each city answered; `only` limits the read to these cities (null: all). */
async function withCycles(
	db: Database,
	rows: ({ id: number } & Omit<CityListRow, 'cycles'>)[],
	only: number[] | null
): Promise<CityListRow[]> {
	if (only !== null && only.length === 0) return [];
	const answered = await db
		.select({ cityId: responses.cityId, slug: cycles.slug, name: cycles.name })
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		// As on the profile: only the responses a report counts; an unanswered invitation is not public.
		.where(
			and(
				isPublishedCycle(),
				inArray(responses.state, [...countedStates]),
				only === null ? undefined : inArray(responses.cityId, only)
			)
		)
		.orderBy(asc(cycles.periodStart));
	const cyclesByCity = new Map<number, { slug: string; name: string }[]>();
	for (const { cityId, ...cycle } of answered) {
		cyclesByCity.set(cityId, [...(cyclesByCity.get(cityId) ?? []), cycle]);
	}
	return rows.map(({ id, ...city }) => ({ ...city, cycles: cyclesByCity.get(id) ?? [] }));
}

/** What the map of cities needs of each city. */
export type CityPoint = Pick<CityListRow, 'slug' | 'name' | 'latitude' | 'longitude' | 'signedOn'>;

/** Every city as a point of the map, in name order (the map's drawing depends on the order). */
export async function listCityPoints(db: Database): Promise<CityPoint[]> {
	return db
		.select({
			slug: cities.slug,
			name: cities.name,
			latitude: cities.latitude,
			longitude: cities.longitude,
			signedOn: cities.signedOn
		})
		.from(cities)
		.orderBy(asc(cities.name), asc(cities.id));
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
