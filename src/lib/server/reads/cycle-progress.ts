import { and, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { effectiveDeadline, type CycleStatus } from '$lib/domain/cycle-lifecycle';
import { pageWindow, type PageWindow } from '$lib/domain/paging/pages';
import { PROGRESS_PAGE_SIZE, type ProgressFilter } from '$lib/domain/progress/filters';
import {
	percentDone,
	progressStateOf,
	storedStateOf,
	sumTotals,
	type ProgressState,
	type ProgressTotals
} from '$lib/domain/progress/progress-state';
import { questionnaireSchema } from '$lib/domain/questionnaire/definition';
import { requiredTally } from '$lib/domain/questionnaire/validate';
import type { Database } from '../db';
import { preparedOnce, UNNAMED_STATEMENT } from '../db/prepared';
import { cities, cycles, progressVersions, responses, user } from '../db/schema';
import { cycleNameColumns } from './cycle-by-slug';

type Reader = Pick<Database, 'select'>;

export interface ProgressCycle {
	id: number;
	slug: string;
	name: string;
	status: CycleStatus;
	periodStart: string;
	periodEnd: string;
	opensOn: string | null;
	deadline: string | null;
	/** Required items of the questionnaire when nothing is answered: the base of % done before a first save. */
	requiredWhenEmpty: number;
}

export interface ProgressRow {
	citySlug: string;
	cityName: string;
	countryCode: string;
	state: ProgressState;
	requiredDone: number;
	requiredTotal: number;
	percentDone: number | null;
	/** The city's own deadline when extended, else the cycle's. */
	deadline: string | null;
	extended: boolean;
	lastActivityAt: Date | null;
	lastActivityBy: string | null;
	submittedAt: Date | null;
}

export interface CycleProgress {
	cycle: ProgressCycle;
	/** The rows of the asked page (the filter's `page`) of the cities matching the filter. */
	rows: ProgressRow[];
	/** Which page that is of how many, and which of the matching cities it holds. */
	paging: PageWindow;
	/** Every invited city of the cycle, whatever the filter. */
	totals: ProgressTotals;
	/** Countries of the invited cities, for the country filter. */
	countries: string[];
}

/**
 * The secretariat's daily view of a cycle. What it lists (one page of rows: one join of responses, cities and
 * the last person active, answers not read since the response keeps its own counts; and the totals, grouped by
 * state and country, which also count the cities the filter matches, so paging needs no count query) is kept
 * per app process under the cycle's progress versions (`progress_versions`, set by database triggers in the
 * same transaction as any change to what the page lists; the totals' own version moves only with what they
 * count). A request sends one statement, given the numbers this process keeps the asked page and the totals
 * under: it returns the cycle's row and its numbers, and the page's rows and the totals only where the cycle's
 * numbers are not those (or this process keeps nothing of it). So a change made through any app process is
 * seen, and read again, in the next request's one round trip. Null for an unknown cycle.
 */
export async function cycleProgress(
	db: Reader,
	slug: string,
	filter: ProgressFilter,
	pageSize = PROGRESS_PAGE_SIZE
): Promise<CycleProgress | null> {
	const asked = pageWindow(filter.page, Number.MAX_SAFE_INTEGER, pageSize);
	const read = await readProgress(db, slug, filter, asked);
	if (!read) return null;
	const { cycle, groups } = read;
	const matching = groups
		.filter((group) => !filter.state || progressStateOf(group.state) === filter.state)
		.filter((group) => !filter.country || group.countryCode === filter.country)
		.reduce((sum, group) => sum + group.count, 0);
	const paging = pageWindow(filter.page, matching, pageSize);
	// A page beyond the last (an old link to a list that has shrunk) shows the last page instead: a second
	// read, for that page (rare).
	const rows =
		paging.page === asked.page ? read.rows : ((await readProgress(db, slug, filter, paging))?.rows ?? []);
	return {
		cycle,
		rows: rows.map((row) => progressRowOf(row, cycle)),
		paging,
		totals: sumTotals(groups),
		countries: [...new Set(groups.map((group) => group.countryCode))].sort()
	};
}

/**
 * What one app process keeps of a cycle's progress: pages of rows read with `version`, the totals read with
 * `totalsVersion` (or, when only `version` moved, kept from before under the same `totalsVersion`).
 */
interface KeptProgress {
	cycleId: number;
	version: number;
	totalsVersion: number;
	groups: StoredGroups;
	/** Pages of rows by the filter's shape and values and the page's window. */
	pages: Map<string, StoredProgressRow[]>;
}

/**
 * Per database handle, that is per app process (a test opening the same database twice gets two, as two app
 * servers would), by the cycle's address (what a request knows before its read; the cycle's id, sent with the
 * kept numbers, makes sure they are that cycle's). Safe to lose; bounded: at most 10 cycles, and 50 pages of
 * each.
 */
const keptByDatabase = new WeakMap<object, Map<string, KeptProgress>>();
const CYCLES_KEPT = 10;
const PAGES_KEPT = 50;

function keptCyclesOf(db: object): Map<string, KeptProgress> {
	let kept = keptByDatabase.get(db);
	if (!kept) {
		kept = new Map();
		keptByDatabase.set(db, kept);
	}
	return kept;
}

/**
 * One round trip: the cycle, its progress versions and, where what this process keeps is not at those
 * versions, the page of rows and the totals, all read by one statement (one snapshot). Keeps what it read under
 * the versions it read with it.
 */
async function readProgress(
	db: Reader,
	slug: string,
	filter: ProgressFilter,
	window: Pick<PageWindow, 'offset' | 'size'>
): Promise<{ cycle: ProgressCycle; rows: StoredProgressRow[]; groups: StoredGroups } | null> {
	const keptCycles = keptCyclesOf(db);
	const found = keptCycles.get(slug);
	const key = [filter.sort, filter.state ?? '', filter.country ?? '', window.offset, window.size].join(' ');
	const keptRows = found?.pages.get(key);
	const [row] = await progressRead(db, filter).execute({
		slug,
		keptCycleId: found?.cycleId ?? null,
		keptVersion: keptRows && found ? found.version : null,
		keptTotalsVersion: found?.totalsVersion ?? null,
		state: filter.state ? storedStateOf(filter.state) : null,
		country: filter.country || null,
		limit: window.size,
		offset: window.offset
	});
	if (!row) return null;
	const { rowVersion, progressVersion, totalsVersion, rows: readRows, groups: readGroups, ...shown } = row;
	// The statement leaves out only what this process sent the cycle's own numbers for.
	const rows = readRows ? readRows.map(storedRowOf) : keptRows;
	const groups = readGroups ?? found?.groups;
	if (!rows || !groups) throw new Error(`progress of ${slug}: rows or totals neither read nor kept`);
	const cycle = { ...shown, requiredWhenEmpty: await requiredWhenEmptyOf(db, shown, rowVersion) };
	if (progressVersion === null || totalsVersion === null) {
		keptCycles.delete(slug);
	} else {
		// The entry as it is now: another request of this process may have replaced it meanwhile.
		const current = keptCycles.get(slug);
		if (
			current?.cycleId === cycle.id &&
			current.version === progressVersion &&
			current.totalsVersion === totalsVersion
		) {
			if (current.pages.size >= PAGES_KEPT) current.pages.clear();
			current.pages.set(key, rows);
		} else {
			if (!current && keptCycles.size >= CYCLES_KEPT) keptCycles.clear();
			keptCycles.set(slug, {
				cycleId: cycle.id,
				version: progressVersion,
				totalsVersion,
				groups,
				pages: new Map([[key, rows]])
			});
		}
	}
	return { cycle, rows, groups };
}

/**
 * Required items when nothing is answered, by questionnaire snapshot (the cycle's row version) and period: the same for
 * every page of a cycle until its questionnaire changes, and reading and checking the snapshot (tens of
 * kilobytes of JSON through Zod) cost more than the page's rows. Safe to lose; bounded.
 */
const requiredByQuestionnaire = new Map<string, number>();
const QUESTIONNAIRES_KEPT = 50;

/**
 * Read again only when the cycle's row changed: its row version (`xmin`, the transaction that last wrote it)
 * is the key of its questionnaire, since any change of the snapshot writes the row anew. Hashing the snapshot
 * instead (tens of kilobytes as text) cost the database more than the page's rows.
 */
async function requiredWhenEmptyOf(
	db: Reader,
	cycle: { id: number; periodStart: string; periodEnd: string },
	rowVersion: string
): Promise<number> {
	const key = `${cycle.id}:${rowVersion}:${cycle.periodStart}:${cycle.periodEnd}`;
	let required = requiredByQuestionnaire.get(key);
	if (required === undefined) {
		const [stored] = await db
			.select({ questionnaire: cycles.questionnaire })
			.from(cycles)
			.where(eq(cycles.id, cycle.id));
		required = requiredWhenEmpty(stored?.questionnaire, cycle);
		if (requiredByQuestionnaire.size >= QUESTIONNAIRES_KEPT) requiredByQuestionnaire.clear();
		requiredByQuestionnaire.set(key, required);
	}
	return required;
}

/** Computed once per questionnaire from the cycle's snapshot; a cycle without one (an early draft) requires nothing yet. */
function requiredWhenEmpty(
	questionnaire: unknown,
	cycle: { periodStart: string; periodEnd: string }
): number {
	const parsed = questionnaireSchema.safeParse(questionnaire);
	if (!parsed.success) return 0;
	return requiredTally(
		parsed.data,
		{},
		{
			cycleStartYear: Number(cycle.periodStart.slice(0, 4)),
			cycleEndYear: Number(cycle.periodEnd.slice(0, 4))
		}
	).required;
}

/** A row of the progress table as read: the response's state as stored, its own deadline if extended. */
interface StoredProgressRow {
	citySlug: string;
	cityName: string;
	countryCode: string;
	state: StoredState;
	requiredDone: number;
	requiredTotal: number;
	extendedTo: string | null;
	lastActivityAt: Date | null;
	lastActivityBy: string | null;
	submittedAt: Date | null;
}

type StoredState = (typeof responses.state.enumValues)[number];

/** The same row as the statement returns it in JSON: its times in milliseconds since 1970. */
type JsonProgressRow = Omit<StoredProgressRow, 'lastActivityAt' | 'submittedAt'> & {
	lastActivityAt: number | null;
	submittedAt: number | null;
};

function storedRowOf({ lastActivityAt, submittedAt, ...row }: JsonProgressRow): StoredProgressRow {
	return {
		...row,
		lastActivityAt: lastActivityAt === null ? null : new Date(lastActivityAt),
		submittedAt: submittedAt === null ? null : new Date(submittedAt)
	};
}

/** Grouped by state and country: what the totals, the country filter and the paging need. */
type StoredGroups = { state: StoredState; countryCode: string; count: number; extended: number }[];

/** A time as milliseconds since 1970 (JSON has no time), null kept. */
const milliseconds = (column: SQLWrapper) => sql`floor(extract(epoch from ${column}) * 1000)::float8`;

/**
 * The page's one statement, prepared once per shape of the filter (sort, and whether it has a state, a
 * country): eight at most. The cycle's row (with its row version, the key of its questionnaire) and its
 * progress versions (null before any response of the cycle was written); then the page of rows and the totals
 * as JSON, each computed only when the cycle's numbers are not those sent as kept (a `case` evaluates the
 * subquery of the branch it takes only).
 */
function progressRead(db: Reader, filter: ProgressFilter) {
	const shape = { sort: filter.sort, byState: Boolean(filter.state), byCountry: Boolean(filter.country) };
	const name = `progress_${shape.sort}_${shape.byState ? 's' : ''}${shape.byCountry ? 'c' : ''}`;
	return preparedOnce(db, name, () => {
		const conditions: SQL[] = [eq(responses.cycleId, cycles.id)];
		if (shape.byState) conditions.push(eq(responses.state, sql.placeholder('state')));
		if (shape.byCountry) conditions.push(eq(cities.countryCode, sql.placeholder('country')));
		const byActivity = shape.sort === 'activity';
		const order = byActivity
			? sql`${responses.lastActivityAt} desc nulls last, ${cities.name}, ${cities.id}`
			: sql`${cities.name}, ${cities.id}`;
		// The page's rows keep their order through the aggregate by the same keys. Their JSON, and the name of
		// the person last active, are made after the limit, for the page's rows only: in the join, they were
		// made for every city of the cycle (the JSON) or cost a hash of every person (the name).
		const pageOrder = byActivity
			? sql`page.activity desc nulls last, page.name, page.id`
			: sql`page.name, page.id`;
		const pageRows = sql`(select coalesce(json_agg(json_build_object(
				'citySlug', page.slug, 'cityName', page.name, 'countryCode', page.country,
				'state', page.state, 'requiredDone', page.done, 'requiredTotal', page.total,
				'extendedTo', page.extended_to, 'lastActivityAt', ${milliseconds(sql`page.activity`)},
				'lastActivityBy', (select ${user.name} from ${user} where ${user.id} = page.person_id),
				'submittedAt', ${milliseconds(sql`page.submitted`)}
			) order by ${pageOrder}), '[]'::json) from (
			select ${cities.slug} as slug, ${cities.name} as name, ${cities.countryCode} as country,
				${cities.id} as id, ${responses.state} as state, ${responses.requiredDone} as done,
				${responses.requiredTotal} as total, ${responses.extendedTo} as extended_to,
				${responses.lastActivityAt} as activity, ${responses.lastActivityBy} as person_id,
				${responses.submittedAt} as submitted
			from ${responses}
			inner join ${cities} on ${eq(cities.id, responses.cityId)}
			where ${and(...conditions)}
			order by ${order}
			limit ${sql.placeholder('limit')} offset ${sql.placeholder('offset')}
		) page)`;
		const totals = sql`(select coalesce(json_agg(json_build_object(
				'state', grouped.state, 'countryCode', grouped.country, 'count', grouped.count,
				'extended', grouped.extended)), '[]'::json) from (
			select ${responses.state} as state, ${cities.countryCode} as country, count(*)::integer as count,
				count(${responses.extendedTo})::integer as extended
			from ${responses}
			inner join ${cities} on ${eq(cities.id, responses.cityId)}
			where ${eq(responses.cycleId, cycles.id)}
			group by 1, 2
		) grouped)`;
		const sameCycle = sql`${cycles.id} = ${sql.placeholder('keptCycleId')}::integer`;
		return db
			.select({
				...cycleNameColumns,
				opensOn: cycles.opensOn,
				deadline: cycles.deadline,
				rowVersion: sql<string>`${cycles}.xmin::text`,
				progressVersion: progressVersions.version,
				totalsVersion: progressVersions.totalsVersion,
				rows: sql<JsonProgressRow[] | null>`case
					when ${progressVersions.version} = ${sql.placeholder('keptVersion')}::bigint and ${sameCycle}
					then null else ${pageRows} end`,
				groups: sql<StoredGroups | null>`case
					when ${progressVersions.totalsVersion} = ${sql.placeholder('keptTotalsVersion')}::bigint
						and ${sameCycle}
					then null else ${totals} end`
			})
			.from(cycles)
			.leftJoin(progressVersions, eq(progressVersions.cycleId, cycles.id))
			.where(eq(cycles.slug, sql.placeholder('slug')))
			.prepare(UNNAMED_STATEMENT);
	});
}

function progressRowOf({ state, extendedTo, ...row }: StoredProgressRow, cycle: ProgressCycle): ProgressRow {
	return {
		...row,
		state: progressStateOf(state),
		percentDone: percentDone(row.requiredDone, row.requiredTotal, cycle.requiredWhenEmpty),
		deadline: effectiveDeadline(cycle.deadline, extendedTo),
		extended: extendedTo !== null
	};
}
