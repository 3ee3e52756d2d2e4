import { deadlineTimeZone } from '../cycle-lifecycle';

/**
 * Formatting for long tables (a row per city, an audit entry per line). Building an Intl formatter costs far more
 * than using one (a date-and-time formatter with a time zone about 0.2 ms), which on a 1,000-city page was most
 * of the server's time; so each formatter is built once per language and kept. The output is the same as
 * formatDate, formatNumber and countryName in $lib/i18n.
 */
const formatters = new Map<string, unknown>();

function once<T>(key: string, build: () => T): T {
	let formatter = formatters.get(key) as T | undefined;
	if (formatter === undefined) {
		formatter = build();
		formatters.set(key, formatter);
	}
	return formatter;
}

/**
 * A moment (last activity, submission, audit entry) as date and time where the secretariat works. The zone is
 * fixed so the server's page and the browser agree, and everyone reads the same clock as the deadlines.
 */
export function formatDateTime(locale: string, at: Date | string): string {
	const format = once(
		`moment:${locale}`,
		() =>
			new Intl.DateTimeFormat(locale, {
				dateStyle: 'medium',
				timeStyle: 'short',
				timeZone: deadlineTimeZone
			})
	);
	return format.format(typeof at === 'string' ? new Date(at) : at);
}

/** Machine-readable form for `<time datetime>`. */
export function isoMoment(at: Date | string): string {
	return (typeof at === 'string' ? new Date(at) : at).toISOString();
}

/**
 * Texts that repeat down a table (a country name, a deadline most cities share) are formatted once and looked up
 * after that: even a kept formatter takes microseconds per call, which adds up over a thousand rows.
 */
const texts = new Map<string, string>();

function remembered(key: string, make: () => string): string {
	let text = texts.get(key);
	if (text === undefined) {
		// Bounded: country codes and deadlines are few, but nothing outside should be able to grow this forever.
		if (texts.size >= 5000) texts.clear();
		text = make();
		texts.set(key, text);
	}
	return text;
}

/** A calendar date (YYYY-MM-DD) in full words, as formatDate does, without any time zone shift. */
export function formatCalendarDate(locale: string, isoDate: string): string {
	return remembered(`date:${locale}:${isoDate}`, () => formatDateOnce(locale, isoDate));
}

function formatDateOnce(locale: string, isoDate: string): string {
	const format = once(
		`date:${locale}`,
		() =>
			new Intl.DateTimeFormat(locale, {
				year: 'numeric',
				month: 'long',
				day: 'numeric',
				timeZone: 'UTC'
			})
	);
	return format.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatCount(locale: string, value: number): string {
	return once(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

export function regionName(locale: string, code: string): string {
	return remembered(
		`region:${locale}:${code}`,
		() => once(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code
	);
}
