import { alias } from 'drizzle-orm/pg-core';
import { and, asc, desc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { commitments as charterCommitments, roles, type RoleKey } from '$lib/domain/charter';
import { targetGroupKeys, themeKeys, trendKeys } from '$lib/domain/practices/vocabulary';
import type { Database } from '../db';
import { cities, practices } from '../db/schema';

// ---------------------------------------------------------------------------------------------------------
// The query a visitor can put in the URL of /practices.

const MAX_VALUES = 30;

/** Keeps the valid, distinct values of a repeated parameter and drops the rest, so a bad link still works. */
function list<T extends z.ZodType>(item: T) {
	return z
		.array(z.unknown())
		.catch([])
		.transform((values) => {
			const kept: z.output<T>[] = [];
			for (const value of values) {
				const parsed = item.safeParse(value);
				if (parsed.success && !kept.includes(parsed.data)) kept.push(parsed.data);
			}
			return kept.slice(0, MAX_VALUES);
		});
}

const roleKeys = roles.map((role) => role.key) as [RoleKey, ...RoleKey[]];
const year = z.coerce.number().int().min(1900).max(2100);

export const practiceQuerySchema = z.object({
	q: z.string().trim().max(200).catch(''),
	commitment: list(z.coerce.number().int().min(1).max(11)),
	role: list(z.enum(roleKeys)),
	trend: list(z.enum(trendKeys)),
	theme: list(z.enum(themeKeys)),
	target: list(z.enum(targetGroupKeys)),
	country: list(z.string().regex(/^[A-Z]{2}$/)),
	city: list(
		z
			.string()
			.max(80)
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
	),
	from: year.nullable().catch(null),
	to: year.nullable().catch(null),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});

export type PracticeQuery = z.infer<typeof practiceQuerySchema>;

/** The facets a result list is narrowed by; the same names are the URL parameters. */
export const facetNames = ['commitment', 'role', 'trend', 'theme', 'target', 'country', 'city'] as const;
export type FacetName = (typeof facetNames)[number];

export function parsePracticeQuery(params: URLSearchParams): PracticeQuery {
	const query = practiceQuerySchema.parse({
		q: params.get('q') ?? '',
		...Object.fromEntries(facetNames.map((name) => [name, params.getAll(name)])),
		from: params.get('from') || null,
		to: params.get('to') || null,
		page: params.get('page') ?? 1
	});
	// "From 2020 to 2015" is read as the period between the two years.
	if (query.from !== null && query.to !== null && query.from > query.to) {
		return { ...query, from: query.to, to: query.from };
	}
	return query;
}

/** The URL query string of a search, in a stable order; `page` is left out on the first page. */
export function practiceQueryString(query: PracticeQuery, page = query.page): string {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	for (const name of facetNames) for (const value of query[name]) params.append(name, String(value));
	if (query.from !== null) params.set('from', String(query.from));
	if (query.to !== null) params.set('to', String(query.to));
	if (page > 1) params.set('page', String(page));
	return params.toString();
}

// ---------------------------------------------------------------------------------------------------------
// Full-text search.

/**
 * Every configuration icm_ts_config() (migration 0001) can return. A search is matched first against the
 * query stemmed in all of them, which is a constant the GIN index can answer, then against the query stemmed
 * in each practice's own language, which is exact.
 */
export const searchConfigs = [
	'english',
	'french',
	'german',
	'dutch',
	'italian',
	'spanish',
	'portuguese',
	'catalan',
	'swedish',
	'danish',
	'norwegian',
	'finnish',
	'greek',
	'hungarian',
	'romanian',
	'lithuanian',
	'turkish',
	'simple'
] as const;

/** ts_headline marks matches with these control characters, which never occur in practice text; see parts(). */
const START = '\u0001';
const STOP = '\u0002';
const FRAGMENT_DELIMITER = ' … ';
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter="${FRAGMENT_DELIMITER}"`;
const TITLE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;

/** A piece of text that matched the search (`mark`) or not: rendered as text, never as HTML. */
export interface TextPart {
	text: string;
	mark: boolean;
}

/** Splits ts_headline's output at the control characters it was asked to put around matched words. */
export function parts(headline: string): TextPart[] {
	const out: TextPart[] = [];
	for (const [index, piece] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
		if (piece) out.push({ text: piece, mark: index % 2 === 1 });
	}
	return out;
}

function ownLanguageQuery(q: string): SQL {
	return sql`websearch_to_tsquery(icm_ts_config(${practices.language}), ${q})`;
}

/**
 * The search stemmed in every configuration, each distinct form once, OR-ed into one tsquery (as text), or
 * null when no configuration keeps a word of it. Most configurations stem a query alike, and the GIN index
 * evaluates every branch for every candidate: at 100,000 practices the 18 mostly equal branches made the
 * index scan about three times slower than these few distinct ones (bench/practice-search.js). Computed
 * first, on its own, so the main statements get it as a value the planner can estimate.
 */
async function anyLanguageQuery(db: Database, q: string): Promise<string | null> {
	const [row] = await rows<{ query: string | null }>(
		db,
		sql`select string_agg('(' || d.q::text || ')', ' | ') as query
			from (select distinct websearch_to_tsquery(cfg::regconfig, ${q}) as q
				from unnest(${textArray(searchConfigs)}) as cfg) d
			where numnode(d.q) > 0`
	);
	return row?.query ?? null;
}

function intArray(values: readonly number[]): SQL {
	return sql`array[${sql.join(
		values.map((value) => sql`${value}::int`),
		sql`, `
	)}]::int[]`;
}

function textArray(values: readonly string[]): SQL {
	return sql`array[${sql.join(
		values.map((value) => sql`${value}::text`),
		sql`, `
	)}]::text[]`;
}

/**
 * The conditions of a search. Within commitments, roles, trends, themes and target groups every chosen
 * value must be present (a practice carries several, so each choice narrows); within countries and cities
 * any chosen one will do (a practice has one city).
 */
function conditions(query: PracticeQuery, publicOnly: boolean, anyLanguage: string | null): SQL[] {
	const where: SQL[] = [];
	// A merged duplicate is unpublished by the merge; the second test keeps it out even if that ever slips.
	if (publicOnly) where.push(eq(practices.status, 'published'), isNull(practices.mergedIntoId));
	if (query.q) {
		// A search of stop words only has nothing to match.
		where.push(anyLanguage === null ? sql`false` : sql`${practices.search} @@ ${anyLanguage}::tsquery`);
		where.push(sql`${practices.search} @@ ${ownLanguageQuery(query.q)}`);
	}
	for (const number of query.commitment) where.push(sql`${practices.commitments} @> ${intArray([number])}`);
	for (const role of query.role) {
		const numbers = charterCommitments.filter((c) => c.role === role).map((c) => c.number);
		where.push(sql`${practices.commitments} && ${intArray(numbers)}`);
	}
	for (const trend of query.trend) where.push(sql`${practices.trends} @> ${textArray([trend])}`);
	for (const theme of query.theme) where.push(sql`${practices.themes} @> ${textArray([theme])}`);
	for (const target of query.target) where.push(sql`${practices.targetGroups} @> ${textArray([target])}`);
	if (query.country.length) where.push(sql`${cities.countryCode} = any(${textArray(query.country)})`);
	if (query.city.length) where.push(sql`${cities.slug} = any(${textArray(query.city)})`);
	// A practice counts for a period when it ran during any part of it; without known years it cannot.
	if (query.from !== null) {
		where.push(
			sql`(${practices.ongoing} or coalesce(${practices.endYear}, ${practices.startYear}) >= ${query.from}::int)`
		);
		where.push(sql`coalesce(${practices.startYear}, ${practices.endYear}) is not null`);
	}
	if (query.to !== null) {
		where.push(sql`coalesce(${practices.startYear}, ${practices.endYear}) <= ${query.to}::int`);
	}
	return where;
}

function whereClause(where: SQL[]): SQL {
	return where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
}

/** Raw rows of a hand-written query; both drivers answer with `{ rows }`. */
async function rows<T>(db: Database, query: SQL): Promise<T[]> {
	const result = (await db.execute(query)) as unknown as { rows: T[] };
	return result.rows;
}

export interface PracticeYears {
	start: number | null;
	end: number | null;
	ongoing: boolean;
}

export interface PracticeHit {
	slug: string;
	title: string;
	/** The title with the words that matched marked. */
	titleParts: TextPart[];
	language: string;
	city: { slug: string; name: string };
	country: string;
	years: PracticeYears;
	commitments: number[];
	/** Passages of the summary around the matched words, or the summary's start when there is no search. */
	headline: TextPart[];
	rank: number;
}

export interface FacetCount {
	value: string;
	count: number;
	/** The shown name, where it lives in the database (cities); others are labelled from the vocabularies. */
	label?: string;
}

export interface PracticeResults {
	items: PracticeHit[];
	total: number;
	facets: Record<FacetName, FacetCount[]>;
	page: number;
	pages: number;
	pageSize: number;
}

interface HitRow {
	slug: string;
	title: string;
	summary: string;
	language: string;
	start_year: number | null;
	end_year: number | null;
	ongoing: boolean;
	commitments: number[];
	city_slug: string;
	city_name: string;
	country_code: string;
	rank: number | string;
	title_headline: string;
	headline: string;
}

interface FacetRow {
	facet: FacetName | 'total';
	value: string;
	label: string | null;
	count: number | string;
}

/** Words of a summary shown in a result list when there is no search to build passages around. */
const PREVIEW_WORDS = 35;

export async function searchPractices(
	db: Database,
	query: PracticeQuery,
	/** `offset` (the open data API) replaces `query.page`: the list starts at that row, whatever the page size. */
	options: { publicOnly: boolean; pageSize?: number; offset?: number } = { publicOnly: true }
): Promise<PracticeResults> {
	const pageSize = options.pageSize ?? 20;
	const offsetOf = (page: number) => options.offset ?? (page - 1) * pageSize;
	const anyLanguage = query.q ? await anyLanguageQuery(db, query.q) : null;
	const where = whereClause(conditions(query, options.publicOnly, anyLanguage));
	const from = sql`from ${practices} inner join ${cities} on ${cities.id} = ${practices.cityId}`;

	const rank = query.q ? sql`ts_rank(${practices.search}, ${ownLanguageQuery(query.q)})` : sql`0`;
	// Best match first; without a search every rank is 0 and the list is alphabetical.
	const order = sql`order by rank desc, ${practices.title} asc, ${practices.id} asc`;
	// Passages are built for the page's rows only: ts_headline re-parses each text and is the costly part.
	const hitsOn = (page: number) =>
		rows<HitRow>(
			db,
			sql`select hit.*,
				${query.q ? sql`ts_headline(icm_ts_config(hit.language), hit.title, websearch_to_tsquery(icm_ts_config(hit.language), ${query.q}), ${TITLE_OPTIONS})` : sql`hit.title`} as title_headline,
				${query.q ? sql`ts_headline(icm_ts_config(hit.language), hit.summary, websearch_to_tsquery(icm_ts_config(hit.language), ${query.q}), ${HEADLINE_OPTIONS})` : sql`hit.summary`} as headline
			from (
				select ${practices.id} as id, ${practices.slug} as slug, ${practices.title} as title,
					${practices.summary} as summary, ${practices.language} as language,
					${practices.startYear} as start_year, ${practices.endYear} as end_year,
					${practices.ongoing} as ongoing, ${practices.commitments} as commitments,
					${cities.slug} as city_slug, ${cities.name} as city_name,
					${cities.countryCode} as country_code, ${rank}::float8 as rank
				${from} ${where} ${order}
				limit ${pageSize}::int offset ${offsetOf(page)}::int
			) hit
			order by hit.rank desc, hit.title asc, hit.id asc`
		);

	// The counts and the asked-for page are independent statements: on PostgreSQL they run side by side.
	const [counts, asked] = await Promise.all([
		rows<FacetRow>(db, facetCountsQuery(from, where)),
		hitsOn(query.page)
	]);
	const total = Number(counts.find((row) => row.facet === 'total')?.count ?? 0);
	const pages = Math.max(1, Math.ceil(total / pageSize));
	// A page beyond the last (an old link to a list that has shrunk) shows the last page instead.
	const page = Math.min(query.page, pages);
	const hits = options.offset !== undefined || page === query.page ? asked : await hitsOn(page);

	const facets = Object.fromEntries(facetNames.map((name) => [name, [] as FacetCount[]])) as Record<
		FacetName,
		FacetCount[]
	>;
	for (const row of counts) {
		if (row.facet === 'total') continue;
		facets[row.facet].push({
			value: String(row.value),
			count: Number(row.count),
			...(row.label ? { label: row.label } : {})
		});
	}

	return {
		items: hits.map((row) => ({
			slug: row.slug,
			title: row.title,
			titleParts: parts(row.title_headline),
			language: row.language,
			city: { slug: row.city_slug, name: row.city_name },
			country: row.country_code,
			years: { start: row.start_year, end: row.end_year, ongoing: row.ongoing },
			commitments: [...row.commitments].sort((a, b) => a - b),
			headline: query.q
				? passages(parts(row.headline), row.summary)
				: [{ text: preview(row.summary), mark: false }],
			rank: Number(row.rank)
		})),
		total,
		facets,
		page,
		pages,
		pageSize
	};
}

/**
 * The size of the result and, for every facet value, how many practices of the result carry it: one
 * statement, counted in SQL over the same filtered set the result list comes from.
 */
function facetCountsQuery(from: SQL, where: SQL): SQL {
	const roleOf = sql.join(
		charterCommitments.map((c) => sql`(${c.number}::int, ${c.role}::text)`),
		sql`, `
	);
	return sql`with filtered as (
			select ${practices.id} as id, ${practices.commitments} as commitments, ${practices.trends} as trends,
				${practices.themes} as themes, ${practices.targetGroups} as target_groups,
				${cities.countryCode} as country_code, ${cities.slug} as city_slug, ${cities.name} as city_name
			${from} ${where}
		)
		select 'total' as facet, '' as value, null as label, count(*)::int as count from filtered
		union all
		select 'commitment', c::text, null, count(distinct f.id)::int from filtered f, unnest(f.commitments) c group by c
		union all
		select 'role', r.role, null, count(distinct f.id)::int
			from filtered f, unnest(f.commitments) c join (values ${roleOf}) as r(number, role) on r.number = c
			group by r.role
		union all
		select 'trend', t, null, count(distinct f.id)::int from filtered f, unnest(f.trends) t group by t
		union all
		select 'theme', t, null, count(distinct f.id)::int from filtered f, unnest(f.themes) t group by t
		union all
		select 'target', t, null, count(distinct f.id)::int from filtered f, unnest(f.target_groups) t group by t
		union all
		select 'country', f.country_code, null, count(*)::int from filtered f group by f.country_code
		union all
		select 'city', f.city_slug, min(f.city_name), count(*)::int from filtered f group by f.city_slug`;
}

/** Says where passages were cut from the summary: "…" before and after, or the summary's own full stop. */
function passages(found: TextPart[], summary: string): TextPart[] {
	if (found.length === 0) return [{ text: preview(summary), mark: false }];
	const fragments = found
		.map((part) => part.text)
		.join('')
		.split(FRAGMENT_DELIMITER);
	const first = fragments[0] ?? '';
	const last = fragments.at(-1) ?? '';
	const ending = summary.match(/[.!?]+$/)?.[0] ?? '';
	const before = summary.startsWith(first) ? [] : [{ text: '… ', mark: false }];
	const after = summary.endsWith(last)
		? []
		: summary.slice(0, summary.length - ending.length).endsWith(last)
			? [{ text: ending, mark: false }]
			: [{ text: ' …', mark: false }];
	return [...before, ...found, ...after];
}

function preview(summary: string): string {
	const words = summary.split(/\s+/);
	return words.length <= PREVIEW_WORDS ? summary : `${words.slice(0, PREVIEW_WORDS).join(' ')} …`;
}

// ---------------------------------------------------------------------------------------------------------
// One practice.

export interface PracticeLink {
	slug: string;
	title: string;
	language: string;
	city: { slug: string; name: string };
}

const MAX_RELATED = 6;

/**
 * A practice with its city's other practices and up to six related ones from other cities: those sharing
 * a commitment or a theme, the most shared first. A shared theme counts double: commitments 4 and 5 are on
 * most practices, a theme says more about what two practices have in common.
 */
export async function practiceBySlug(db: Database, slug: string, options: { publicOnly: boolean }) {
	const visible = (extra: SQL | undefined) =>
		options.publicOnly
			? and(eq(practices.status, 'published'), isNull(practices.mergedIntoId), extra)
			: extra;
	const [found] = await db
		.select({
			practice: practices,
			city: { slug: cities.slug, name: cities.name, countryCode: cities.countryCode }
		})
		.from(practices)
		.innerJoin(cities, eq(cities.id, practices.cityId))
		.where(visible(eq(practices.slug, slug)));
	if (!found) return null;
	const { search: _search, ...practice } = found.practice;

	const link = {
		slug: practices.slug,
		title: practices.title,
		language: practices.language,
		city: { slug: cities.slug, name: cities.name }
	};
	const sameCity = await db
		.select(link)
		.from(practices)
		.innerJoin(cities, eq(cities.id, practices.cityId))
		.where(visible(and(eq(practices.cityId, practice.cityId), ne(practices.id, practice.id))))
		.orderBy(asc(practices.title));

	const shared: SQL[] = [];
	if (practice.commitments.length)
		shared.push(sql`${practices.commitments} && ${intArray(practice.commitments)}`);
	if (practice.themes.length) shared.push(sql`${practices.themes} && ${textArray(practice.themes)}`);
	const overlap = sql<number>`(
		cardinality(array(select unnest(${practices.commitments}) intersect select unnest(${intArray(practice.commitments.length ? practice.commitments : [0])})))
		+ 2 * cardinality(array(select unnest(${practices.themes}) intersect select unnest(${textArray(practice.themes.length ? practice.themes : [''])})))
	)`;
	const related = shared.length
		? await db
				.select(link)
				.from(practices)
				.innerJoin(cities, eq(cities.id, practices.cityId))
				.where(visible(and(ne(practices.cityId, practice.cityId), or(...shared))))
				.orderBy(desc(overlap), asc(practices.title))
				.limit(MAX_RELATED)
		: [];

	return { practice, city: found.city, sameCity, related };
}

export type PracticeDetail = NonNullable<Awaited<ReturnType<typeof practiceBySlug>>>;

/**
 * The address a merged duplicate's public address leads to: the published practice it was merged into, or
 * null (not merged, or the kept practice is not published either).
 */
export async function mergedPracticeTarget(db: Database, slug: string): Promise<string | null> {
	const kept = alias(practices, 'kept');
	const [found] = await db
		.select({ slug: kept.slug })
		.from(practices)
		.innerJoin(kept, eq(kept.id, practices.mergedIntoId))
		.where(and(eq(practices.slug, slug), eq(kept.status, 'published'), isNull(kept.mergedIntoId)));
	return found?.slug ?? null;
}
