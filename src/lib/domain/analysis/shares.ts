/**
 * Rounds counts to whole shares of `total` (100 for percentages) that add up to exactly `total`: each count
 * gets the whole part of its exact share, and the units left over go to the largest remainders (Hamilton's
 * largest-remainder method). Equal remainders go to the larger count, then to the earlier position, so the
 * result never depends on chance. All zero counts give all zero shares.
 */
export function largestRemainder(counts: readonly number[], total = 100): number[] {
	const sum = counts.reduce((a, b) => a + b, 0);
	if (sum === 0) return counts.map(() => 0);
	const exact = counts.map((count) => (count * total) / sum);
	const shares = exact.map(Math.floor);
	const leftOver = total - shares.reduce((a, b) => a + b, 0);
	const order = counts
		.map((count, index) => ({ index, count, remainder: exact[index]! - shares[index]! }))
		.sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.index - b.index);
	for (const { index } of order.slice(0, leftOver)) shares[index]! += 1;
	return shares;
}
