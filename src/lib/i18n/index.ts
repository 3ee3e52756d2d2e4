import type { Locale } from '$lib/domain/locale';
import type { MessageKey } from '$lib/server/i18n/messages-by-key';

// Only the type: the table itself (every message in every language) stays on the server.
export type { MessageKey } from '$lib/server/i18n/messages-by-key';

/**
 * A translate function carries its language, so code it is handed to can name it: `m.<key>(inputs, t)`.
 * The server makes them with `translator(locale)` ($lib/server/i18n/translator); a page's own is
 * `pageTranslator(locale)` (./page-translator), which only carries the language.
 */
export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & {
	locale: Locale;
};

/**
 * Building an Intl formatter costs far more than using one (about 0.2 ms for a date formatter); long tables (a
 * row per city) call these thousands of times per page, so each formatter is built once per language and kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames | Intl.NumberFormat>();

function kept<T extends Intl.DateTimeFormat | Intl.DisplayNames | Intl.NumberFormat>(
	key: string,
	build: () => T
): T {
	let formatter = formatters.get(key) as T | undefined;
	if (!formatter) {
		formatter = build();
		formatters.set(key, formatter);
	}
	return formatter;
}

/** Dates as readers of that language expect them, without a time zone shift (dates are calendar dates). */
export function formatDate(locale: Locale, isoDate: string, precision: 'day' | 'month' | 'year' = 'day') {
	const options: Intl.DateTimeFormatOptions =
		precision === 'year'
			? { year: 'numeric', timeZone: 'UTC' }
			: precision === 'month'
				? { year: 'numeric', month: 'long', timeZone: 'UTC' }
				: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
	const format = kept(`date:${locale}:${precision}`, () => new Intl.DateTimeFormat(locale, options));
	return format.format(new Date(`${isoDate}T00:00:00Z`));
}

export function countryName(locale: Locale, code: string): string {
	return kept(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code;
}

export function formatNumber(locale: Locale, value: number): string {
	return kept(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}
