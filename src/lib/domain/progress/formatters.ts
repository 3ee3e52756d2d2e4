import { formatMoment } from '../time-zone';

/**
 * A moment (last activity, submission, audit entry) as date and time in the organisation's time zone, named:
 * "7 Dec 2026, 00:14 (Central European Time)". The zone is the organisation's so the server's page and the
 * browser agree, and everyone reads the same clock as the deadlines.
 */
export function formatDateTime(locale: string, at: Date | string): string {
	return formatMoment(locale, at, 'medium');
}

/** Machine-readable form for `<time datetime>`. */
export function isoMoment(at: Date | string): string {
	return (typeof at === 'string' ? new Date(at) : at).toISOString();
}
