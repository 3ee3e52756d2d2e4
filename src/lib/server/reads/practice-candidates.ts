import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import {
	candidateItemId,
	candidateRowOf,
	candidateRows,
	type CandidateRow
} from '$lib/domain/practices/candidates';
import type { Database } from '../db';
import { answers, cities, cycles, practices, responses } from '../db/schema';

/** Only answers the city has handed in: work in progress is the city's own until it submits. */
const handedIn = ['submitted', 'accepted'] as const;

export interface Candidate extends CandidateRow {
	responseId: number;
	city: { id: number; name: string };
	cycle: { name: string; year: number };
	/** The library practice made from this row, when it was promoted. */
	promoted: { id: number; title: string } | null;
}

function cycleYear(cycle: { reportYear: number | null; periodEnd: string }): number {
	return cycle.reportYear ?? Number(cycle.periodEnd.slice(0, 4));
}

async function candidateResponses(db: Database, responseId?: number) {
	return db
		.select({
			responseId: responses.id,
			cityId: cities.id,
			cityName: cities.name,
			cycleName: cycles.name,
			reportYear: cycles.reportYear,
			periodEnd: cycles.periodEnd,
			value: answers.value
		})
		.from(answers)
		.innerJoin(responses, eq(responses.id, answers.responseId))
		.innerJoin(cities, eq(cities.id, responses.cityId))
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(
			and(
				eq(answers.itemId, candidateItemId),
				inArray(responses.state, [...handedIn]),
				responseId === undefined ? undefined : eq(responses.id, responseId)
			)
		)
		.orderBy(desc(cycles.periodEnd), asc(cities.name));
}

async function promotedFrom(db: Database, responseIds: number[]) {
	if (responseIds.length === 0) return new Map<string, { id: number; title: string }>();
	const rows = await db
		.select({
			id: practices.id,
			title: practices.title,
			responseId: practices.sourceResponseId,
			itemId: practices.sourceItemId
		})
		.from(practices)
		.where(and(isNotNull(practices.sourceResponseId), inArray(practices.sourceResponseId, responseIds)));
	const found = new Map<string, { id: number; title: string }>();
	for (const row of rows) {
		const number = candidateRowOf(row.itemId);
		if (number !== null) found.set(`${row.responseId}#${number}`, { id: row.id, title: row.title });
	}
	return found;
}

/** Every good practice cities entered in handed-in responses, the latest cycle first, then by city. */
export async function listCandidates(db: Database, responseId?: number): Promise<Candidate[]> {
	const found = await candidateResponses(db, responseId);
	const promoted = await promotedFrom(
		db,
		found.map((response) => response.responseId)
	);
	return found.flatMap((response) =>
		candidateRows(response.value).map((row) => ({
			...row,
			responseId: response.responseId,
			city: { id: response.cityId, name: response.cityName },
			cycle: { name: response.cycleName, year: cycleYear(response) },
			promoted: promoted.get(`${response.responseId}#${row.row}`) ?? null
		}))
	);
}

/** One candidate row, to prefill the form that promotes it; null when there is no such row to promote. */
export async function candidate(db: Database, responseId: number, row: number) {
	const rows = await listCandidates(db, responseId);
	return rows.find((entry) => entry.row === row) ?? null;
}
