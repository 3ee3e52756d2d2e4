import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
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
 * count). So a request reads the cycle's row and those numbers in one small query, and reads the rows or the
 * totals only when they changed since this process last read them, or when it never read that page: a change
 * made through any app process is seen at the next request. Null for an unknown cycle.
 */
export async function cycleProgress(
	db: Reader,
	slug: string,
	filter: ProgressFilter,
	pageSize = PROGRESS_PAGE_SIZE
): Promise<CycleProgress | null> {
	const cycle = await progressCycle(db, slug);
	if (!cycle) return null;
	const kept = keptProgressOf(db, cycle.id, cycle.progressVersion, cycle.totalsVersion);
	const asked = pageWindow(filter.page, Number.MAX_SAFE_INTEGER, pageSize);
	const [groups, askedRows] = await Promise.all([
		kept?.groups ?? progressGroups(db, cycle.id),
		rowsOfPage(db, kept, cycle.id, filter, asked)
	]);
	if (kept) kept.groups = groups;
	const matching = groups
		.filter((group) => !filter.state || progressStateOf(group.state) === filter.state)
		.filter((group) => !filter.country || group.countryCode === filter.country)
		.reduce((sum, group) => sum + group.count, 0);
	const paging = pageWindow(filter.page, matching, pageSize);
	// A page beyond the last (an old link to a list that has shrunk) shows the last page instead.
	const rows = paging.page === asked.page ? askedRows : await rowsOfPage(db, kept, cycle.id, filter, paging);
	const { progressVersion: _version, totalsVersion: _totalsVersion, ...shown } = cycle;
	return {
		cycle: shown,
		rows: rows.map((row) => progressRowOf(row, shown)),
		paging,
		totals: sumTotals(groups),
		countries: [...new Set(groups.map((group) => group.countryCode))].sort()
	};
}

/**
 * What one app process keeps of a cycle's progress: pages of rows read at or after `version`, the totals read
 * at or after `totalsVersion`.
 */
interface KeptProgress {
	version: number;
	totalsVersion: number;
	groups?: StoredGroups;
	/** Pages of rows by the filter's shape and values and the page's window. */
	pages: Map<string, StoredProgressRow[]>;
}

/**
 * Per database handle, that is per app process (a test opening the same database twice gets two, as two app
 * servers would), by cycle id. Safe to lose; bounded: at most 10 cycles, and 50 pages of each.
 */
const keptByDatabase = new WeakMap<object, Map<number, KeptProgress>>();
const CYCLES_KEPT = 10;
const PAGES_KEPT = 50;

/**
 * What this process keeps of a cycle at its current progress versions: the same object while they stay, a new
 * one once the version moved, which takes over the totals if their own version stayed (a save that changed no
 * state). Null when the cycle has no versions yet (nothing is kept then). Whatever is read after the versions
 * were read is at least as new as they are, so it may be kept under them.
 */
function keptProgressOf(
	db: object,
	cycleId: number,
	version: number | null,
	totalsVersion: number | null
): KeptProgress | null {
	if (version === null || totalsVersion === null) return null;
	let cycles = keptByDatabase.get(db);
	if (!cycles) {
		cycles = new Map();
		keptByDatabase.set(db, cycles);
	}
	const found = cycles.get(cycleId);
	if (found?.version === version && found.totalsVersion === totalsVersion) return found;
	if (!found && cycles.size >= CYCLES_KEPT) cycles.clear();
	const fresh: KeptProgress = {
		version,
		totalsVersion,
		groups: found?.totalsVersion === totalsVersion ? found.groups : undefined,
		pages: new Map()
	};
	cycles.set(cycleId, fresh);
	return fresh;
}

async function rowsOfPage(
	db: Reader,
	kept: KeptProgress | null,
	cycleId: number,
	filter: ProgressFilter,
	window: Pick<PageWindow, 'offset' | 'size'>
): Promise<StoredProgressRow[]> {
	const key = [filter.sort, filter.state ?? '', filter.country ?? '', window.offset, window.size].join(' ');
	const found = kept?.pages.get(key);
	if (found) return found;
	const rows = await progressRows(db, cycleId, filter, window);
	if (kept) {
		if (kept.pages.size >= PAGES_KEPT) kept.pages.clear();
		kept.pages.set(key, rows);
	}
	return rows;
}

/**
 * Required items when nothing is answered, by questionnaire snapshot (the cycle's row version) and period: the same for
 * every page of a cycle until its questionnaire changes, and reading and checking the snapshot (tens of
 * kilobytes of JSON through Zod) cost more than the page's rows. Safe to lose; bounded.
 */
const requiredByQuestionnaire = new Map<string, number>();
const QUESTIONNAIRES_KEPT = 50;

/**
 * The cycle's row, with its row version (`xmin`, the transaction that last wrote it) as the key of its
 * questionnaire: any change of the snapshot writes the row anew. Hashing the snapshot instead (tens of
 * kilobytes as text) cost the database more than the page's rows. With it, the cycle's progress versions
 * (null before any response of the cycle was written).
 */
const cycleRead = (db: Reader) =>
	preparedOnce(db, 'progress_cycle', () =>
		db
			.select({
				...cycleNameColumns,
				opensOn: cycles.opensOn,
				deadline: cycles.deadline,
				rowVersion: sql<string>`${cycles}.xmin::text`,
				progressVersion: progressVersions.version,
				totalsVersion: progressVersions.totalsVersion
			})
			.from(cycles)
			.leftJoin(progressVersions, eq(progressVersions.cycleId, cycles.id))
			.where(eq(cycles.slug, sql.placeholder('slug')))
			.prepare(UNNAMED_STATEMENT)
	);

async function progressCycle(
	db: Reader,
	slug: string
): Promise<(ProgressCycle & { progressVersion: number | null; totalsVersion: number | null }) | null> {
	const [row] = await cycleRead(db).execute({ slug });
	if (!row) return null;
	const { rowVersion, ...cycle } = row;
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
	return { ...cycle, requiredWhenEmpty: required };
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

type StoredProgressRow = Awaited<ReturnType<typeof progressRows>>[number];

function progressRows(
	db: Reader,
	cycleId: number,
	filter: ProgressFilter,
	window: Pick<PageWindow, 'offset' | 'size'>
) {
	return rowsRead(db, filter).execute({
		cycleId,
		state: filter.state ? storedStateOf(filter.state) : null,
		country: filter.country || null,
		limit: window.size,
		offset: window.offset
	});
}

/** One prepared statement per shape of the filter (sort, and whether it has a state, a country): eight at most. */
function rowsRead(db: Reader, filter: ProgressFilter) {
	const shape = { sort: filter.sort, byState: Boolean(filter.state), byCountry: Boolean(filter.country) };
	const name = `progress_rows_${shape.sort}_${shape.byState ? 's' : ''}${shape.byCountry ? 'c' : ''}`;
	return preparedOnce(db, name, () => {
		const conditions: SQL[] = [eq(responses.cycleId, sql.placeholder('cycleId'))];
		if (shape.byState) conditions.push(eq(responses.state, sql.placeholder('state')));
		if (shape.byCountry) conditions.push(eq(cities.countryCode, sql.placeholder('country')));
		const order =
			shape.sort === 'activity'
				? [sql`${responses.lastActivityAt} desc nulls last`, asc(cities.name), asc(cities.id)]
				: [asc(cities.name), asc(cities.id)];
		return db
			.select({
				citySlug: cities.slug,
				cityName: cities.name,
				countryCode: cities.countryCode,
				state: responses.state,
				requiredDone: responses.requiredDone,
				requiredTotal: responses.requiredTotal,
				extendedTo: responses.extendedTo,
				lastActivityAt: responses.lastActivityAt,
				lastActivityBy: user.name,
				submittedAt: responses.submittedAt
			})
			.from(responses)
			.innerJoin(cities, eq(cities.id, responses.cityId))
			.leftJoin(user, eq(user.id, responses.lastActivityBy))
			.where(and(...conditions))
			.orderBy(...order)
			.limit(sql.placeholder('limit'))
			.offset(sql.placeholder('offset'))
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

/** Grouped by state and country: what the totals, the country filter and the paging need. */
const groupsRead = (db: Reader) =>
	preparedOnce(db, 'progress_groups', () =>
		db
			.select({
				state: responses.state,
				countryCode: cities.countryCode,
				count: count(),
				extended: count(responses.extendedTo)
			})
			.from(responses)
			.innerJoin(cities, eq(cities.id, responses.cityId))
			.where(eq(responses.cycleId, sql.placeholder('cycleId')))
			.groupBy(responses.state, cities.countryCode)
			.prepare(UNNAMED_STATEMENT)
	);

type StoredGroups = Awaited<ReturnType<typeof progressGroups>>;

function progressGroups(db: Reader, cycleId: number) {
	return groupsRead(db).execute({ cycleId });
}
