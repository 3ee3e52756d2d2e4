/** The interface languages. Content keeps the language it was written in; this is only for the interface. */
export const locales = ['en', 'fr', 'de', 'es', 'it'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export const localeNames: Record<Locale, string> = {
	en: 'English',
	fr: 'Français',
	de: 'Deutsch',
	it: 'Italiano',
	es: 'Español'
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks the best interface language from an Accept-Language header, falling back to English. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
	if (!header) return defaultLocale;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.find((p) => p.trim().startsWith('q='));
			return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
		})
		.filter((entry) => entry.lang && Number.isFinite(entry.q) && entry.q > 0)
		.sort((a, b) => b.q - a.q);
	return ranked.map((entry) => entry.lang).find(isLocale) ?? defaultLocale;
}
