import { percentOf } from '$lib/domain/analysis/percent';
import type { Locale } from '$lib/domain/locale';

/** A whole percentage (0–100) as the reader's language writes it: "52 %" in French, "52%" in English. */
export function formatPercent(locale: Locale, percent: number): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** `count` of `total` as a whole percentage, rounded by `percentOf` like every other share. */
export function formatShare(locale: Locale, count: number, total: number): string {
	return formatPercent(locale, percentOf(count, total) ?? 0);
}
