/**
 * Whether two stored answers are the same. PostgreSQL's jsonb does not keep key order, so values are compared
 * with their keys sorted; a missing value and null are the same "no answer".
 */
export function sameValue(a: unknown, b: unknown): boolean {
	return canonical(a ?? null) === canonical(b ?? null);
}

function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		inner && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(
					Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1))
				)
			: inner
	);
}
