/**
 * A count as a whole percentage of a total, rounded half up (7 of 12 = 58.33… → 58; 1 of 8 = 12.5 → 13).
 * Every page, export and API answer rounds with this one function, so one count out of one total is always
 * the same percentage, wherever it is shown. The shares of a row are rounded each on its own and are never
 * adjusted to add up to 100: where they do not (see `roundedSharesAddUp`), the table says so instead.
 * Integer arithmetic, so no floating-point error decides a half. A total of 0 has no percentage (null).
 */
export function percentOf(count: number, total: number): number | null {
	if (!Number.isInteger(count) || !Number.isInteger(total) || count < 0 || total < 0)
		throw new RangeError(`percentOf needs whole counts, got ${count} of ${total}`);
	if (total === 0) return null;
	return Math.floor((200 * count + total) / (2 * total));
}

/** Whether a row's rounded shares add up to exactly 100 (rounding each share on its own may give 99 or 101). */
export function roundedSharesAddUp(shares: readonly number[]): boolean {
	return shares.reduce((a, b) => a + b, 0) === 100;
}
