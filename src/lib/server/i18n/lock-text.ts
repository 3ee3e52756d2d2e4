import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';
import type { LockReason } from '$lib/domain/response-access';
import { organisationDay } from '$lib/domain/time-zone';
import { formatDate } from '$lib/i18n';

/**
 * Why the city cannot change its response now, as the sentence the reader sees (null while it can). Made here,
 * not in the page: the six sentences in five languages would otherwise travel in the page's JavaScript.
 */
export function lockText(
	reason: LockReason | null,
	submittedAt: string | null,
	locale: Locale
): string | null {
	if (reason === null) return null;
	if (reason === 'submitted' && submittedAt)
		return m.review_lock_submittedOn({ date: formatDate(locale, organisationDay(submittedAt)) }, { locale });
	const sentences: Record<LockReason, () => string> = {
		accepted: () => m.review_lock_accepted({}, { locale }),
		closed: () => m.review_lock_closed({}, { locale }),
		deadline_passed: () => m.review_lock_deadline_passed({}, { locale }),
		not_open: () => m.review_lock_not_open({}, { locale }),
		submitted: () => m.review_lock_submitted({}, { locale })
	};
	return sentences[reason]();
}
