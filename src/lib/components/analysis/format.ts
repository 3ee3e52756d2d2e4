import type { Locale } from '$lib/domain/locale';

/** A whole percentage (0–100) as the reader's language writes it: "52 %" in French, "52%" in English. */
export function formatPercent(locale: Locale, percent: number): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** A fraction (0–1) as a whole percentage. */
export function formatFraction(locale: Locale, fraction: number): string {
	return formatPercent(locale, Math.round(fraction * 100));
}
