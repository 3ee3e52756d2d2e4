import type { RoleKey } from '../charter';
import { ratings as ratingScale, type Rating } from '../questionnaire/values';
import { commitmentNumbers, roleOf, type CityResult, type CommitmentNumber } from './types';

/** How many cities went from one rating (first key) to another (second key). */
export type RatingMatrix = Record<Rating, Record<Rating, number>>;

export interface CommitmentChange {
	commitment: CommitmentNumber;
	role: RoleKey;
	/** Cities that rated this commitment in both cycles: the only ones compared. */
	compared: number;
	better: number;
	same: number;
	worse: number;
	matrix: RatingMatrix;
}

// Higher is better: the scale runs not at all → partly → fully.
const rank: Record<Rating, number> = { not_at_all: 0, partly: 1, fully: 2 };

type RatedCity = Pick<CityResult, 'cityId' | 'ratings'>;

export function emptyMatrix(): RatingMatrix {
	const row = () => ({ fully: 0, partly: 0, not_at_all: 0 });
	return { fully: row(), partly: row(), not_at_all: row() };
}

/**
 * How each commitment's ratings moved between two cycles, for the cities that rated it in both (matched by
 * city id). A city that skipped the commitment in either cycle is left out of that commitment only.
 */
export function changeSincePrevious(
	previous: readonly RatedCity[],
	current: readonly RatedCity[]
): CommitmentChange[] {
	const before = new Map(previous.map((city) => [city.cityId, city.ratings]));
	return commitmentNumbers.map((commitment) => {
		const matrix = emptyMatrix();
		for (const city of current) {
			const from = before.get(city.cityId)?.[commitment] ?? null;
			const to = city.ratings[commitment];
			if (from !== null && to !== null) matrix[from][to] += 1;
		}
		return changeOf(commitment, matrix);
	});
}

/**
 * One commitment's change from its matrix of moves (how many cities went from each rating to each), however
 * it was counted: here from each city's ratings, or in SQL by reads/cycle-tallies.
 */
export function changeOf(commitment: CommitmentNumber, moves: RatingMatrix): CommitmentChange {
	const change: CommitmentChange = {
		commitment,
		role: roleOf(commitment),
		compared: 0,
		better: 0,
		same: 0,
		worse: 0,
		matrix: emptyMatrix()
	};
	for (const from of ratingScale) {
		for (const to of ratingScale) {
			const cities = moves[from][to];
			change.matrix[from][to] = cities;
			change.compared += cities;
			const step = rank[to] - rank[from];
			if (step > 0) change.better += cities;
			else if (step < 0) change.worse += cities;
			else change.same += cities;
		}
	}
	return change;
}
