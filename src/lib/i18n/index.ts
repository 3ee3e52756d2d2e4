import { defaultLocale, type Locale } from '$lib/domain/locale';
import { messagesByKey, type MessageKey } from './messages-by-key';

export type { MessageKey } from './messages-by-key';

/** A translate function carries its language, so code it is handed to can name it: `m.<key>(inputs, t)`. */
export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & {
	locale: Locale;
};

type AnyMessage = (inputs: Record<string, string | number>, options: { locale: Locale }) => string;

/**
 * A translate function for keys known only at run time (a code from a list, an error key). It loads every
 * message of every language: a page that cares for its weight uses `m.key()` or a typed map instead.
 */
export function translator(locale: Locale): Translate {
	const language = locale ?? defaultLocale;
	const translate = (key: MessageKey, params?: Record<string, string | number>) =>
		(messagesByKey[key] as unknown as AnyMessage)(params ?? {}, { locale: language });
	return Object.assign(translate, { locale: language });
}

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
