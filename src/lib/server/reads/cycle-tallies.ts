import { sql, type SQL } from 'drizzle-orm';
import {
	changeOf,
	commitmentNumbers,
	commitmentResultOf,
	emptyCounts,
	emptyMatrix,
	type CommitmentChange,
	type CommitmentNumber,
	type CommitmentResult
} from '$lib/domain/analysis';
import {
	migrantDefinitions,
	ratings as ratingScale,
	type MigrantDefinition,
	type Rating
} from '$lib/domain/questionnaire/values';
import { distributionOf, type FigureDistribution } from '$lib/domain/report/large-lists';
import type { Database } from '../db';
import { countedResponseIds, countedStates, RATING_COLUMNS } from './cycle-results';

/**
 * A cycle's aggregates counted by the database (GROUP BY over the cycle's counted answers, found through
 * their key by `countedResponseIds`, so a cycle's tally reads that cycle's answers only), for views that
 * show only aggregates: a large network's report. Each function gives exactly what the domain functions give
 * from the cities read one by one (`commitmentResults`, `changeSincePrevious`, `indicatorSeries` with
 * `figureDistribution`); tests/integration/cycle-tallies.test.ts compares them on generated data. The rules
 * of `cityResultFromAnswers` are repeated in SQL: a rating counts when its value is an object whose `rating`
 * is on the scale; a figure when its value is an object with a numeric `value`, a whole `year` and a known
 * `definition`, and its item is not a rating (`c%-rating`, which reads without texts leave as ratings only).
 */

/** The largest finite double: a JSON number beyond it is Infinity in JavaScript, and no figure. */
const MAX_DOUBLE = sql.raw('1.7976931348623157e308::numeric');
const counted = sql.raw(`('${countedStates.join("', '")}')`);
const ratingItems = commitmentNumbers.map((number) => `c${number}-rating`);
const commitmentOfItem = new Map(commitmentNumbers.map((number) => [`c${number}-rating`, number]));

/** The answers of the commitments' ratings, aliased `alias`; whether each rating is on the scale is left to `onScale`. */
const ratingItem = (alias: string) => sql.raw(`${alias}.item_id in ('${ratingItems.join("', '")}')`);

/**
 * Whether a stored rating (`value->>'rating'`) is on the scale. Checked on the few grouped rows rather than in
 * the query: a condition on every answer's JSON costs more than the GROUP BY itself. A value that is not an
 * object has no `rating` (null), so it is not on the scale, as for `cityResultFromAnswers`.
 */
const onScale = (rating: string | null): rating is Rating => ratingScale.includes(rating as Rating);

/** Raw rows of a hand-written query; both drivers answer with `{ rows }`. */
async function rows<T>(db: Database, query: SQL): Promise<T[]> {
	const result = (await db.execute(query)) as unknown as { rows: T[] };
	return result.rows;
}

/**
 * Counts and shares of each commitment among the cycle's `responding` counted responses (the caller knows
 * how many: `participation.responding`), in commitment order; one GROUP BY.
 */
export async function commitmentTallies(
	db: Database,
	cycleId: number,
	responding: number
): Promise<CommitmentResult[]> {
	const found = await rows<{ item_id: string; rating: string | null; n: number }>(
		db,
		sql`select a.item_id, a.value->>'rating' as rating, count(*)::int as n
			from answers a
			where a.response_id = any(${countedResponseIds(cycleId)}) and ${ratingItem('a')}
			group by a.item_id, a.value->>'rating'`
	);
	const counts = new Map(commitmentNumbers.map((number) => [number, emptyCounts()]));
	for (const row of found) {
		if (!onScale(row.rating)) continue;
		const tally = counts.get(commitmentOfItem.get(row.item_id)!)!;
		tally[row.rating] += Number(row.n);
		tally.answered += Number(row.n);
	}
	return commitmentNumbers.map((number) => {
		const tally = counts.get(number)!;
		return commitmentResultOf(number, { ...tally, noAnswer: responding - tally.answered });
	});
}

/**
 * How each commitment's ratings moved from `previousCycleId` to `cycleId` among the cities counted in both
 * that rated it in both. Each cycle's ratings are read as one row per city (as the results API reads them) and
 * paired by city here: at 10,000 cities over ten cycles that took about a quarter of the time of one GROUP BY
 * over the two cycles' answers joined by city (120 ms a cycle against 430 ms), and the pairing of 10,000 rows
 * costs a few milliseconds.
 */
export async function changeTallies(
	db: Database,
	cycleId: number,
	previousCycleId: number
): Promise<CommitmentChange[]> {
	const [now, before] = await Promise.all([ratingsByCity(db, cycleId), ratingsByCity(db, previousCycleId)]);
	const matrices = new Map(commitmentNumbers.map((number) => [number, emptyMatrix()]));
	for (const [cityId, ratings] of now) {
		const earlier = before.get(cityId);
		if (!earlier) continue;
		for (const number of commitmentNumbers) {
			const from = earlier[`c${number}`] ?? null;
			const to = ratings[`c${number}`] ?? null;
			if (!onScale(from) || !onScale(to)) continue;
			matrices.get(number)![from][to] += 1;
		}
	}
	return commitmentNumbers.map((number) => changeOf(number, matrices.get(number)!));
}

/** Each counted city's stored ratings (`value->>'rating'`, c1 … c11) in a cycle, by city id. */
async function ratingsByCity(
	db: Database,
	cycleId: number
): Promise<Map<number, Record<string, string | null>>> {
	const found = await rows<{ city_id: number } & Record<string, string | null>>(
		db,
		sql`select r.city_id, g.*
			from responses r join (
				select a.response_id, ${RATING_COLUMNS}
				from answers a
				where a.response_id = any(${countedResponseIds(cycleId)}) and ${ratingItem('a')}
				group by a.response_id
			) g on g.response_id = r.id`
	);
	return new Map(found.map((row) => [Number(row.city_id), row]));
}

/** One indicator of a cycle, summarised as a large network's report shows it. */
export interface IndicatorTally {
	itemId: string;
	/** How many counted cities gave a figure. */
	cities: number;
	/** How many of those carry a comparability mark. */
	notComparable: number;
	mostCommonYear: number | null;
	mostCommonDefinition: MigrantDefinition | null;
	distribution: FigureDistribution | null;
}

/**
 * Every indicator some counted city of the cycle gave a figure for, summarised, in the order the cities read
 * one by one would first meet them (city by name, then the database's order of an object's keys: shorter
 * first, then bytewise), which decides where indicators unknown to the questionnaires stand. The most common
 * year (ties: the latest) and definition (ties: the questionnaire's order) decide comparability, as in
 * `indicatorSeries`; the quantiles are PostgreSQL's `percentile_cont`, the interpolation `figureDistribution`
 * uses.
 */
export async function indicatorTallies(db: Database, cycleId: number): Promise<IndicatorTally[]> {
	const definitions = sql.raw(`array['${migrantDefinitions.join("', '")}']::text[]`);
	const found = await rows<{
		item_id: string;
		cities: number;
		comparable: number;
		most_common_year: number | null;
		most_common_definition: MigrantDefinition | null;
		quantiles: number[] | string | null;
	}>(
		db,
		sql`with given as (
				select a.item_id, c.name, c.id as city_id,
					case when abs((a.value->'value')::numeric) <= ${MAX_DOUBLE} then (a.value->'value')::float8 end as value,
					case when abs((a.value->'year')::numeric) <= ${MAX_DOUBLE} then (a.value->'year')::float8 end as year,
					a.value->>'definition' as definition,
					coalesce(a.value->'differentDataSet' = 'true'::jsonb, false)
						or coalesce(a.value->'nationalOnly' = 'true'::jsonb, false) as marked_anyway
				from answers a join responses r on r.id = a.response_id join cities c on c.id = r.city_id
				where a.response_id = any(${countedResponseIds(cycleId)}) and a.item_id not like 'c%-rating'
					-- only an object has a numeric 'value': no test of the whole value's type is needed
					and jsonb_typeof(a.value->'value') = 'number'
					and jsonb_typeof(a.value->'year') = 'number' and a.value->>'definition' = any(${definitions})
			),
			figures as (
				select item_id, value, year, definition, marked_anyway,
					dense_rank() over (order by name, city_id) as city_order
				from given where value is not null and year = trunc(year)
			),
			years as (
				select distinct on (item_id) item_id, year from figures
				group by item_id, year order by item_id, count(*) desc, year desc
			),
			definitions as (
				select distinct on (item_id) item_id, definition from figures
				group by item_id, definition order by item_id, count(*) desc, array_position(${definitions}, definition)
			),
			marked as (
				select f.*, f.marked_anyway or f.year <> y.year or f.definition <> d.definition as not_comparable,
					y.year as most_common_year, d.definition as most_common_definition
				from figures f join years y using (item_id) join definitions d using (item_id)
			)
			select item_id, count(*)::int as cities, (count(*) filter (where not not_comparable))::int as comparable,
				min(most_common_year) as most_common_year, min(most_common_definition) as most_common_definition,
				percentile_cont(array[0, 0.25, 0.5, 0.75, 1]) within group (order by value)
					filter (where not not_comparable) as quantiles
			from marked group by item_id
			order by min(city_order), octet_length(item_id), item_id collate "C"`
	);
	return found.map((row) => {
		const comparable = Number(row.comparable);
		return {
			itemId: row.item_id,
			cities: Number(row.cities),
			notComparable: Number(row.cities) - comparable,
			mostCommonYear: row.most_common_year === null ? null : Number(row.most_common_year),
			mostCommonDefinition: row.most_common_definition,
			distribution: distributionOf(comparable, floatArray(row.quantiles))
		};
	});
}

/** A float8[] as either driver gives it: node-postgres parses it, PGlite may leave the text `{1,2.5}`. */
function floatArray(value: number[] | string | null): number[] {
	if (value === null) return [];
	if (Array.isArray(value)) return value.map(Number);
	return value.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
}

/** The participating (counted) cities of a cycle, by name, as the report's list of cities names them. */
export function participatingCities(db: Database, cycleId: number) {
	return rows<{ slug: string; name: string; countryCode: string }>(
		db,
		sql`select c.slug, c.name, c.country_code as "countryCode"
			from responses r join cities c on c.id = r.city_id
			where r.cycle_id = ${cycleId} and r.state in ${counted}
			order by c.name, c.id`
	);
}

export type { CommitmentNumber };
