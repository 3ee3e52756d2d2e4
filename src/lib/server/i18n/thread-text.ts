import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';
import { formatMoment } from '$lib/domain/time-zone';
import type { ThreadMessage } from '$lib/domain/thread-message';

/**
 * One message of a review thread as pages show it: who wrote it ("Ana (secretariat)") and when it was sent (or
 * that it is a draft), as text in the reader's language. Made here, not in the page: the thread's words in five
 * languages, and the date formatting, would otherwise travel in the JavaScript of every page with a thread.
 */
export function shownThreadMessage(
	message: {
		id: number;
		side: 'secretariat' | 'city';
		authorName: string | null;
		body: string;
		sentAt: Date | null;
	},
	locale: Locale
): ThreadMessage {
	const name = message.authorName ?? '—';
	return {
		id: message.id,
		side: message.side,
		authorName: message.authorName,
		body: message.body,
		sentAt: message.sentAt?.toISOString() ?? null,
		from:
			message.side === 'secretariat'
				? m.review_fromSecretariat({ name }, { locale })
				: m.review_fromCity({ name }, { locale }),
		when: message.sentAt
			? formatMoment(locale, message.sentAt.toISOString())
			: m.review_draftNotSent({}, { locale })
	};
}
