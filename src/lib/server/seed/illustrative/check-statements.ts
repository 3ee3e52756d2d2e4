import {
	commitmentResults,
	responseRate,
	roleResults,
	type CityResult,
	type Participation,
	type RatingCounts
} from '$lib/domain/analysis';
import type { Claim, Measure, Quantity, ReportStatement } from './claims';

/**
 * Whether `count` of `n` answers fits the words. Thresholds are our reading (fractions of n):
 * majority / over half > 1/2; just over half in (1/2, 3/5]; just under half in [2/5, 1/2);
 * large minority in [3/10, 1/2); small minority in (0, 1/5]; vast majority ≥ 4/5; minority < 1/2;
 * some ≥ 1; all = n.
 */
export function quantityHolds(quantity: Quantity, count: number, n: number): boolean {
	if (typeof quantity === 'object') return count === quantity.exactly;
	const half = n / 2;
	switch (quantity) {
		case 'all':
			return count === n;
		case 'some':
			return count >= 1;
		case 'majority':
			return count > half;
		case 'minority':
			return count < half;
		case 'justOverHalf':
			return count > half && count <= 0.6 * n;
		case 'justUnderHalf':
			return count < half && count >= 0.4 * n;
		case 'largeMinority':
			return count < half && count >= 0.3 * n;
		case 'smallMinority':
			return count > 0 && count <= 0.2 * n;
		case 'vastMajority':
			return count >= 0.8 * n;
	}
}

const share = (counts: RatingCounts, measure: Measure) =>
	(measure === 'fullyShare' ? counts.fully : counts.not_at_all) / counts.answered;

interface CycleFigures {
	byCommitment: ReturnType<typeof commitmentResults>;
	byRole: ReturnType<typeof roleResults>;
	participation: Participation;
}

function claimHolds(claim: Claim, { byCommitment, byRole, participation }: CycleFigures): boolean {
	const countsOf = (of: { commitment: number } | { role: string }) =>
		'commitment' in of
			? byCommitment.find((r) => r.commitment === of.commitment)!.counts
			: byRole.find((r) => r.role === of.role)!.total;
	const strictlyAbove = (higher: number[], lower: number[]) => Math.min(...higher) > Math.max(...lower);
	switch (claim.kind) {
		case 'count': {
			const counts = countsOf(claim.of);
			const matching = claim.ratings.reduce((sum, rating) => sum + counts[rating], 0);
			return quantityHolds(claim.quantity, matching, counts.answered);
		}
		case 'roleOrder':
			return strictlyAbove(
				claim.higher.map((role) => share(countsOf({ role }), claim.measure)),
				claim.lower.map((role) => share(countsOf({ role }), claim.measure))
			);
		case 'commitmentOrder':
			return strictlyAbove(
				claim.higher.map((commitment) => share(countsOf({ commitment }), claim.measure)),
				claim.lower.map((commitment) => share(countsOf({ commitment }), claim.measure))
			);
		case 'participation':
			return responseRate(participation)[claim.field] === claim.exactly;
	}
}

/** The statements (by id) that the given cycle contradicts; empty when all of them hold. */
export function contradictedStatements(
	statements: readonly ReportStatement[],
	cities: readonly CityResult[],
	participation: Participation
): string[] {
	const figures = { byCommitment: commitmentResults(cities), byRole: roleResults(cities), participation };
	return statements
		.filter((statement) => !statement.claims.every((claim) => claimHolds(claim, figures)))
		.map((statement) => statement.id);
}
