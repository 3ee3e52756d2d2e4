import { deadlineTimeZone } from '../cycle-lifecycle';

/**
 * Moments (date and time) for the secretariat's tables: last activity, submissions, audit entries. The
 * formatter is built once per language and kept, as $lib/i18n does for dates, numbers and countries: building
 * one costs far more than using it, and a 1,000-city page calls it a thousand times.
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
