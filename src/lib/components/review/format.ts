import { formatMoment as formatOrganisationMoment } from '$lib/domain/time-zone';
import type { Locale } from '$lib/domain/locale';

/** A moment as date and time in the organisation's time zone, with the zone named. */
export function formatMoment(locale: Locale, iso: string): string {
	return formatOrganisationMoment(locale, iso);
}

/** A review message as pages receive it: dates as ISO strings. */
export interface ThreadMessage {
	id: number;
	side: 'secretariat' | 'city';
	authorName: string | null;
	body: string;
	sentAt: string | null;
}
