import { deadlineTimeZone } from '$lib/domain/cycle-lifecycle';
import type { Locale } from '$lib/domain/locale';

/**
 * A moment as date and time where the secretariat works. The zone is fixed so the server's rendering and the
 * browser's agree, and everyone reads the same time for the same message.
 */
export function formatMoment(locale: Locale, iso: string): string {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: deadlineTimeZone
	}).format(new Date(iso));
}

/** A review message as pages receive it: dates as ISO strings. */
export interface ThreadMessage {
	id: number;
	side: 'secretariat' | 'city';
	authorName: string | null;
	body: string;
	sentAt: string | null;
}
