import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { cityResultFromAnswers, type CityResult, type Participation } from '$lib/domain/analysis';
import type { Database } from '../db';
import { cities, cycles, responses } from '../db/schema';
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

/**
 * A cycle's ratings, texts and indicator figures as the analysis functions take them, in two queries: the
 * cycle's header, then one row per responding city with its answers gathered into one JSON object by the
 * database (a thousand rows rather than one per answer).
 */
export async function cycleResults(
	db: Database,
	slug: string,
	{ only, texts = true }: CycleResultsOptions = {}
): Promise<CycleResults | null> {
	// Drizzle leaves columns unqualified inside sql`` when a query has one table, so the correlated
	// subqueries below name the outer table's columns as "cycles".<column> themselves.
	const referenceDate = sql.raw(`coalesce(make_date(cycles.report_year, 12, 31), cycles.period_end)`);
	const countResponses = (condition: string) =>
		sql<number>`(select count(*)::int from responses r where r.cycle_id = cycles.id ${sql.raw(condition)})`;
	const [header] = await db
		.select({
			cycle: {
				id: cycles.id,
				slug: cycles.slug,
				name: cycles.name,
				status: cycles.status,
				periodStart: cycles.periodStart,
				periodEnd: cycles.periodEnd,
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

	const value = texts ? sql.raw('a.value') : RATING_ONLY;
	const kept = texts ? sql.raw('true') : RATINGS_AND_FIGURES;
	const rows = await db
		.select({
			cityId: cities.id,
			citySlug: cities.slug,
			cityName: cities.name,
			countryCode: cities.countryCode,
			population: cities.population,
			signatory: sql<boolean>`coalesce(${cities.signedOn} <= ${header.referenceDate}::date, false)`,
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
		.where(and(eq(responses.cycleId, header.cycle.id), inArray(responses.state, [...countedStates])))
		.orderBy(asc(cities.name), asc(cities.id));

	const results = rows.map(({ answers: given, languages, ...facts }) =>
		cityResultFromAnswers(facts, given, languages)
	);

	// A cycle taken over from a report lists only its respondents: its invitations are unknown, not "all".
	const invitationsKnown = header.invitationsRecorded > 0 || header.uncounted > 0;
	return {
		cycle: { ...header.cycle, referenceDate: header.referenceDate },
		cities: results,
		participation: {
			invited: invitationsKnown ? header.responses : null,
			responding: header.responses - header.uncounted,
			signatories: header.signatories,
			respondingSignatories: header.respondingSignatories
		},
		previousCycle: header.previousCycle
	};
}
