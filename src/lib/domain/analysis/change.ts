import type { RoleKey } from '../charter';
import type { Rating } from '../questionnaire/values';
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

function emptyMatrix(): RatingMatrix {
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
		const change: CommitmentChange = {
			commitment,
			role: roleOf(commitment),
			compared: 0,
			better: 0,
			same: 0,
			worse: 0,
			matrix: emptyMatrix()
		};
		for (const city of current) {
			const from = before.get(city.cityId)?.[commitment] ?? null;
			const to = city.ratings[commitment];
			if (from === null || to === null) continue;
			change.compared += 1;
			change.matrix[from][to] += 1;
			const step = rank[to] - rank[from];
			if (step > 0) change.better += 1;
			else if (step < 0) change.worse += 1;
			else change.same += 1;
		}
		return change;
	});
}
