/** What an answer whose language the reader's browser or cookie chose varies on. */
export const LANGUAGE_VARY = ['Accept-Language', 'Cookie'] as const;

/** Adds names to a response's Vary header, each once whatever its case, keeping those already there. */
export function addVary(headers: Headers, names: readonly string[]): void {
	const present = (headers.get('vary') ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	if (present.includes('*')) return;
	const known = new Set(present.map((name) => name.toLowerCase()));
	const added = names.filter((name) => !known.has(name.toLowerCase()));
	if (added.length > 0) headers.set('vary', [...present, ...added].join(', '));
}
