import { roles, type RoleKey } from '../charter';
import type { Rating } from '../questionnaire/values';
import { percentOf, roundedSharesAddUp } from './percent';
import { commitmentNumbers, roleOf, type CityResult, type CommitmentNumber } from './types';

/**
 * How many answers fell on each rating. `answered` is fully + partly + not at all; `noAnswer` counts the
 * responding cities that left the rating blank, which the shares leave out.
 */
export interface RatingCounts {
	fully: number;
	partly: number;
	not_at_all: number;
	answered: number;
	noAnswer: number;
}

/**
 * Whole percentages of the answered ratings, each rounded on its own with `percentOf` (so a row may add up to 99
 * or 101; the tables then say so); null if none answered.
 */
export type RatingShares = Record<Rating, number> | null;

export interface CommitmentResult {
	commitment: CommitmentNumber;
	role: RoleKey;
	counts: RatingCounts;
	shares: RatingShares;
}

export interface RoleResult {
	role: RoleKey;
	commitments: CommitmentResult[];
	/** The role's commitments added together: one answer per city and commitment. */
	total: RatingCounts;
	shares: RatingShares;
}

type RatedCity = Pick<CityResult, 'ratings'>;

export function emptyCounts(): RatingCounts {
	return { fully: 0, partly: 0, not_at_all: 0, answered: 0, noAnswer: 0 };
}

export function sharesOf(counts: RatingCounts): RatingShares {
	if (counts.answered === 0) return null;
	const of = (count: number) => percentOf(count, counts.answered)!;
	return { fully: of(counts.fully), partly: of(counts.partly), not_at_all: of(counts.not_at_all) };
}

/** Whether any of these rows has rounded shares that do not add up to 100 (the table then says why). */
export function sharesMayNotAddUp(rows: readonly RatingShares[]): boolean {
	return rows.some(
		(shares) => shares !== null && !roundedSharesAddUp([shares.fully, shares.partly, shares.not_at_all])
	);
}

function countRatings(values: readonly (Rating | null)[]): RatingCounts {
	const counts = emptyCounts();
	for (const value of values) {
		if (value === null) counts.noAnswer += 1;
		else {
			counts[value] += 1;
			counts.answered += 1;
		}
	}
	return counts;
}

function addCounts(a: RatingCounts, b: RatingCounts): RatingCounts {
	return {
		fully: a.fully + b.fully,
		partly: a.partly + b.partly,
		not_at_all: a.not_at_all + b.not_at_all,
		answered: a.answered + b.answered,
		noAnswer: a.noAnswer + b.noAnswer
	};
}

/** One commitment's result from its counts, however they were counted (here, or in SQL by reads/cycle-tallies). */
export function commitmentResultOf(commitment: CommitmentNumber, counts: RatingCounts): CommitmentResult {
	return { commitment, role: roleOf(commitment), counts, shares: sharesOf(counts) };
}

/** Counts and shares of each commitment among the given (responding) cities, in commitment order. */
export function commitmentResults(cities: readonly RatedCity[]): CommitmentResult[] {
	return commitmentNumbers.map((commitment) =>
		commitmentResultOf(commitment, countRatings(cities.map((city) => city.ratings[commitment])))
	);
}

/** The same results grouped by role, as the reports draw them: one chart per role, one bar per commitment. */
export function roleResults(cities: readonly RatedCity[]): RoleResult[] {
	return roleResultsOf(commitmentResults(cities));
}

/** Every commitment's result (in commitment order) grouped by role. */
export function roleResultsOf(byCommitment: readonly CommitmentResult[]): RoleResult[] {
	return roles.map(({ key }) => {
		const ofRole = byCommitment.filter((result) => result.role === key);
		const total = ofRole.reduce((sum, result) => addCounts(sum, result.counts), emptyCounts());
		return { role: key, commitments: ofRole, total, shares: sharesOf(total) };
	});
}
