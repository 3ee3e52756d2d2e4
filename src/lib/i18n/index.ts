import { defaultLocale, type Locale } from '$lib/domain/locale';
import { de } from './de';
import { en, type MessageKey, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';

export type { MessageKey } from './en';

const catalogues: Record<Locale, Messages> = { en, fr, de, es, it };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns the translate function for one language; a missing parameter shows as {name} so it is noticed. */
export function translator(locale: Locale): Translate {
	const messages = catalogues[locale] ?? catalogues[defaultLocale];
	return (key, params) => {
		const text = messages[key] ?? en[key];
		if (!params) return text;
		return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
			name in params ? String(params[name]) : whole
		);
	};
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
