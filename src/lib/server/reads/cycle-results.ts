import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
	cityResultFromAnswers,
	cityResultFromRatings,
	commitmentNumbers,
	type CityFacts,
	type CityResult,
	type Participation
} from '$lib/domain/analysis';
import type { Database } from '../db';
import { cities, cycles, responses } from '../db/schema';
import { cycleNameColumns } from './cycle-by-slug';
import { isPublishedStatus } from '../public/published-cycles';

/**
 * Responses that count in a cycle's results: submitted (so the secretariat can analyse while it reviews) and
 * accepted. Invited and in-progress responses are unfinished, and a returned one is being changed by its
 * city, so none of them count. A published cycle's responses are all accepted.
 */
export const countedStates = ['submitted', 'accepted'] as const;

export interface CycleResults {
	cycle: {
		id: number;
		slug: string;
		name: string;
		status: 'draft' | 'open' | 'closed' | 'published';
		periodStart: string;
		periodEnd: string;
		reportNumber: number | null;
		reportYear: number | null;
		note: string | null;
		/** Whether city-level answers may be shown to the public; otherwise only aggregates. */
		cityAnswersPublic: boolean;
		/** When the report was published; null before, and for cycles loaded as published. */
		publishedAt: Date | null;
		/** Made-up ratings (`cycles.ratings_illustrative`): every page and export showing them must say so. */
		illustrative: boolean;
		/** Signatories are counted as of this date: the end of the report year, else the end of the period. */
		referenceDate: string;
	};
	/** The responding cities (counted states only), by name, with their answers read for the analysis. */
	cities: CityResult[];
	participation: Participation;
	/** The latest published cycle before this one, to compare with; null when there is none. */
	previousCycle: { slug: string; name: string } | null;
}

/** What a caller of cycleResults may narrow. */
export interface CycleResultsOptions {
	/**
	 * Narrows the cycles that may be found: the public module passes its published-cycle base, and a cycle
	 * outside it is not found.
	 */
	only?: SQL;
	/**
	 * Whether to read the free texts (evidence, examples, challenges). Pages and APIs that show ratings and
	 * indicator figures only leave them out: at a thousand cities the texts are most of the bytes read.
	 */
	texts?: boolean;
}

/** A rating answer without its evidence text, for reads that leave the texts out. */
const RATING_ONLY = sql.raw(`case when a.item_id like 'c%-rating'
	then jsonb_build_object('rating', a.value->'rating') else a.value end`);
/** The answers a read without texts keeps: ratings, and values shaped as an indicator figure. */
const RATINGS_AND_FIGURES = sql.raw(`(a.item_id like 'c%-rating'
	or (jsonb_typeof(a.value) = 'object' and jsonb_typeof(a.value->'value') = 'number'))`);

/** A cycle's results whatever its status, for the secretariat's analysis and report preview. */
export function cycleResultsForSecretariat(
	db: Database,
	slug: string,
	options: Pick<CycleResultsOptions, 'texts'> = {}
): Promise<CycleResults | null> {
	return cycleResults(db, slug, options);
}

/** A cycle and who took part, without any city's answers: what aggregate-only views start from. */
export type CycleSummary = Omit<CycleResults, 'cities'>;

/**
 * A cycle's ratings, texts and indicator figures as the analysis functions take them, in two queries: the
 * cycle's summary, then one row per responding city with its answers gathered into one JSON object by the
 * database (a thousand rows rather than one per answer).
 */
export async function cycleResults(
	db: Database,
	slug: string,
	{ only, texts = true }: CycleResultsOptions = {}
): Promise<CycleResults | null> {
	const summary = await cycleSummary(db, slug, { only });
	return summary ? { ...summary, cities: await cityResultsOf(db, summary, texts) } : null;
}

/**
 * A cycle's header and participation (who was invited, who responded, signatories by the reference date) and
 * the previous published cycle, in one query whatever the number of cities; null when not found.
 */
export async function cycleSummary(
	db: Database,
	slug: string,
	{ only }: Pick<CycleResultsOptions, 'only'> = {}
): Promise<CycleSummary | null> {
	// Drizzle leaves columns unqualified inside sql`` when a query has one table, so the correlated
	// subqueries below name the outer table's columns as "cycles".<column> themselves.
	const referenceDate = sql.raw(`coalesce(make_date(cycles.report_year, 12, 31), cycles.period_end)`);
	const countResponses = (condition: string) =>
		sql<number>`(select count(*)::int from responses r where r.cycle_id = cycles.id ${sql.raw(condition)})`;
	const [header] = await db
		.select({
			cycle: {
				...cycleNameColumns,
				reportNumber: cycles.reportNumber,
				reportYear: cycles.reportYear,
				note: cycles.note,
				cityAnswersPublic: cycles.cityAnswersPublic,
				publishedAt: cycles.publishedAt,
				illustrative: cycles.ratingsIllustrative
			},
			referenceDate: sql<string>`to_char(${referenceDate}, 'YYYY-MM-DD')`,
			responses: countResponses(''),
			uncounted: countResponses(`and r.state not in ('${countedStates.join("', '")}')`),
			invitationsRecorded: countResponses('and r.invited_at is not null'),
			signatories: sql<number>`(select count(*)::int from cities s where s.signed_on <= ${referenceDate})`,
			respondingSignatories: sql<number>`(select count(*)::int from responses r join cities s on s.id = r.city_id
				where r.cycle_id = cycles.id and r.state in (${sql.raw(`'${countedStates.join("', '")}'`)})
				and s.signed_on <= ${referenceDate})`,
			previousCycle: sql<{
				slug: string;
				name: string;
			} | null>`(select json_build_object('slug', p.slug, 'name', p.name)
				from cycles p where ${isPublishedStatus(sql.raw('p.status'))} and p.period_start < cycles.period_start
				order by p.period_start desc limit 1)`
		})
		.from(cycles)
		.where(and(eq(cycles.slug, slug), only));
	if (!header) return null;

	// A cycle taken over from a report lists only its respondents: its invitations are unknown, not "all".
	const invitationsKnown = header.invitationsRecorded > 0 || header.uncounted > 0;
	return {
		cycle: { ...header.cycle, referenceDate: header.referenceDate },
		participation: {
			invited: invitationsKnown ? header.responses : null,
			responding: header.responses - header.uncounted,
			signatories: header.signatories,
			respondingSignatories: header.respondingSignatories
		},
		previousCycle: header.previousCycle
	};
}

/** The cycle's responding cities, by name, each with its answers (without texts when `texts` is false). */
export async function cityResultsOf(
	db: Database,
	summary: CycleSummary,
	texts: boolean
): Promise<CityResult[]> {
	const { cycle } = summary;
	const value = texts ? sql.raw('a.value') : RATING_ONLY;
	const kept = texts ? sql.raw('true') : RATINGS_AND_FIGURES;
	const rows = await db
		.select({
			cityId: cities.id,
			citySlug: cities.slug,
			cityName: cities.name,
			countryCode: cities.countryCode,
			population: cities.population,
			signatory: sql<boolean>`coalesce(${cities.signedOn} <= ${cycle.referenceDate}::date, false)`,
			answers: sql<
				Record<string, unknown>
			>`(select coalesce(jsonb_object_agg(a.item_id, ${value}), '{}'::jsonb)
				from answers a where a.response_id = ${responses.id} and ${kept})`,
			// The language of each answer's text, its own or the response's, where either is known.
			languages: texts
				? sql<
						Record<string, string>
					>`(select coalesce(jsonb_object_agg(a.item_id, coalesce(a.language, ${responses.language})), '{}'::jsonb)
				from answers a where a.response_id = ${responses.id} and coalesce(a.language, ${responses.language}) is not null)`
				: sql<Record<string, string>>`'{}'::jsonb`
		})
		.from(responses)
		.innerJoin(cities, eq(cities.id, responses.cityId))
		.where(and(eq(responses.cycleId, cycle.id), inArray(responses.state, [...countedStates])))
		.orderBy(asc(cities.name), asc(cities.id));

	return rows.map(({ answers: given, languages, ...facts }) =>
		cityResultFromAnswers(facts, given, languages)
	);
}

/**
 * The ids of a cycle's counted responses as one array, for `answers.response_id = any(…)`: the answers are
 * then found through their key (response, item). Joined to the responses instead, PostgreSQL read every
 * cycle's answers once a network had several cycles (10,000 cities over ten cycles: 1.3 million answers for
 * the 120,000 of one cycle); with one cycle it still reads them in one pass, as a join would.
 */
export function countedResponseIds(cycleId: number): SQL {
	return sql`array(select id from responses where cycle_id = ${cycleId} and state in ${sql.raw(`('${countedStates.join("', '")}')`)})`;
}

/** One text column per commitment's rating, c1 … c11, for the read of ratings alone. */
export const RATING_COLUMNS = sql.raw(
	commitmentNumbers
		.map((number) => `max(a.value->>'rating') filter (where a.item_id = 'c${number}-rating') as c${number}`)
		.join(', ')
);

/**
 * The responding cities, by name, with their ratings only (no texts, no figures): what the results API
 * lists and counts. One statement: the cycle's ratings grouped by response into one column per commitment
 * (one pass, as a plain aggregate of them takes) joined to the cities, rather than a lookup of each city's
 * answers or an object built per city.
 */
export async function cityRatingsOf(db: Database, summary: CycleSummary): Promise<CityResult[]> {
	const { cycle } = summary;
	const counted = sql.raw(`('${countedStates.join("', '")}')`);
	const result = (await db.execute(
		sql`select c.id as "cityId", c.slug as "citySlug", c.name as "cityName", c.country_code as "countryCode",
				c.population, coalesce(c.signed_on <= ${cycle.referenceDate}::date, false) as signatory, g.*
			from responses r join cities c on c.id = r.city_id
			left join (
				select a.response_id, ${RATING_COLUMNS}
				from answers a
				where a.response_id = any(${countedResponseIds(cycle.id)}) and a.item_id like 'c%-rating'
				group by a.response_id
			) g on g.response_id = r.id
			where r.cycle_id = ${cycle.id} and r.state in ${counted}
			order by c.name, c.id`
	)) as unknown as { rows: (CityFacts & Record<string, unknown>)[] };
	return result.rows.map((row) =>
		cityResultFromRatings(
			{
				cityId: row.cityId,
				citySlug: row.citySlug,
				cityName: row.cityName,
				countryCode: row.countryCode,
				population: row.population ?? null,
				signatory: row.signatory
			},
			(commitment) => row[`c${commitment}`]
		)
	);
}
