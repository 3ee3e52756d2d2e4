/**
 * The address of a new practice: the city's slug and the title's words, lower case, without accents, at
 * most 80 characters (as the seeded ones: "ghent-language-cafe").
 */
export function practiceSlug(citySlug: string, title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const base = `${citySlug}-${words || 'practice'}`.slice(0, 80).replace(/-+$/, '');
	return base;
}

/** The first of slug, slug-2, slug-3 … that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const candidate = `${base.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}
