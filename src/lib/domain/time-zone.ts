/**
 * The organisation's time zone (configuration `TIME_ZONE`, default Europe/Brussels). Every page, e-mail and
 * export shows dates and times in it, and a deadline holds until the end of its day there, so a city, the
 * secretariat and the audit log read the same day for the same moment, whatever the server's or the
 * browser's clock says.
 *
 * It is one setting for the whole process: the server sets it once from its configuration
 * (`useTimeZone`, in `server/app.ts`), and the browser sets it from the root layout's page data before any page
 * renders, so a page formats the same text on the server and in the browser.
 */
export const defaultTimeZone = 'Europe/Brussels';

let current = defaultTimeZone;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether `zone` is a time zone that Intl knows by its IANA name (Europe/Brussels, America/New_York, UTC). */
export function isTimeZone(zone: string): boolean {
	if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** Sets the organisation's time zone (refuses a name Intl does not know). */
export function useTimeZone(zone: string): void {
	// The root layout calls this on every rendering; the zone in use is known to be valid, and checking a name
	// builds an Intl formatter, which costs more than the rest of a row of a table.
	if (zone === current) return;
	if (!isTimeZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
	current = zone;
	formatters.clear();
	zoneNames.clear();
}

export function organisationTimeZone(): string {
	return current;
}

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const id = `${current}:${locale}:${key}`;
	let format = formatters.get(id);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { ...options, timeZone: current });
		formatters.set(id, format);
	}
	return format;
}

const asDate = (at: Date | string) => (typeof at === 'string' ? new Date(at) : at);

/** The calendar day (YYYY-MM-DD) of a moment in the given zone. */
export function dayIn(zone: string, at: Date | string): string {
	// en-CA writes YYYY-MM-DD.
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: zone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(asDate(at));
}

/** The calendar day (YYYY-MM-DD) of a moment in the organisation's time zone: what "the date" of a save is. */
export function organisationDay(at: Date | string = new Date()): string {
	return formatter('day', 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(asDate(at));
}

/**
 * Zone names already written, by language and day: the generic name ("Central European Time") does not change
 * with summer time, and asking Intl for it is the dearest part of writing a moment (a table writes fifty).
 */
const zoneNames = new Map<string, string>();
const ZONE_NAMES_KEPT = 500;

/** The zone's name as the reader's language writes it: "Central European Time", "heure d’Europe centrale". */
export function timeZoneName(locale: string, at: Date | string = new Date()): string {
	const moment = asDate(at);
	const key = `${locale}:${Math.floor(moment.getTime() / 86_400_000)}`;
	const known = zoneNames.get(key);
	if (known !== undefined) return known;
	const parts = formatter('zone', locale, { timeZoneName: 'longGeneric' }).formatToParts(moment);
	const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? current;
	if (zoneNames.size >= ZONE_NAMES_KEPT) zoneNames.clear();
	zoneNames.set(key, name);
	return name;
}

/**
 * A moment as date and time in the organisation's zone, with the zone named:
 * "7 December 2026 at 00:14 (Central European Time)"; `style: 'medium'` writes the date shorter, for tables.
 */
export function formatMoment(locale: string, at: Date | string, style: 'long' | 'medium' = 'long'): string {
	const moment = asDate(at);
	const text = formatter(`moment-${style}`, locale, { dateStyle: style, timeStyle: 'short' }).format(moment);
	return `${text} (${timeZoneName(locale, moment)})`;
}

/** A time of day in the organisation's zone, with the zone named: "00:14 (Central European Time)". */
export function formatClock(locale: string, at: Date | string, options: { seconds?: boolean } = {}): string {
	const moment = asDate(at);
	const text = options.seconds
		? formatter('clock-seconds', locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(
				moment
			)
		: formatter('clock', locale, { hour: '2-digit', minute: '2-digit' }).format(moment);
	return `${text} (${timeZoneName(locale, moment)})`;
}
