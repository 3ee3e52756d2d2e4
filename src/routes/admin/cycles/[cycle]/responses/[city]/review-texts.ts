import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';
import type { ResponseState } from '$lib/domain/response-access';
import type { AcceptRefusal, ReturnRefusal } from '$lib/domain/review';
import { formatMoment } from '$lib/domain/time-zone';
import { formatDate } from '$lib/i18n';
import { reviewRefusals } from '$lib/i18n/review-refusals';

/**
 * The review page's words that depend on a state or an outcome, made by the load and the actions in the
 * reader's language: the page shows one of each, so its JavaScript need not carry every state, status,
 * refusal and notice in five languages.
 */
const states = {
	accepted: m.review_state_accepted,
	in_progress: m.review_state_in_progress,
	invited: m.review_state_invited,
	returned: m.review_state_returned,
	submitted: m.review_state_submitted
};
const explained = {
	accepted: m.review_stateExplained_accepted,
	in_progress: m.review_stateExplained_in_progress,
	invited: m.review_stateExplained_invited,
	returned: m.review_stateExplained_returned,
	submitted: m.review_stateExplained_submitted
};
const statuses = {
	answered: m.review_threadStatus_answered,
	closed: m.review_threadStatus_closed,
	draft: m.review_threadStatus_draft,
	open: m.review_threadStatus_open
};
// The notices the actions redirect with (`?notice=returned`).
const notices: Record<string, typeof m.review_noticeReturned> = {
	queryDrafted: m.review_noticeQueryDrafted,
	draftRemoved: m.review_noticeDraftRemoved,
	draftGone: m.review_noticeDraftGone,
	returned: m.review_noticeReturned,
	accepted: m.review_noticeAccepted
};

export type QueryStatus = keyof typeof statuses;
export type Refusal = ReturnRefusal | AcceptRefusal | 'not_found';

export const stateText = (state: ResponseState, locale: Locale) => states[state]({}, { locale });
export const statusText = (status: QueryStatus, locale: Locale) => statuses[status]({}, { locale });
export const refusalText = (refusal: Refusal, locale: Locale) => reviewRefusals[refusal]({}, { locale });

/** The notice named in the address, or null for none (or a name this page does not know). */
export function noticeText(notice: string | null, locale: Locale): string | null {
	return notice && Object.hasOwn(notices, notice) ? notices[notice]!({}, { locale }) : null;
}

/** The sentences of the decision box (return or accept), for a response in `state` with `draftCount` drafts. */
export function decisionWords(state: ResponseState, draftCount: number, locale: Locale) {
	return {
		title: m.review_decisionTitle({}, { locale }),
		explained: explained[state]({}, { locale }),
		howToQuery: m.review_howToQuery({}, { locale }),
		returnText: m.review_returnText({}, { locale }),
		returnButton: m.review_returnButton({ count: draftCount }, { locale }),
		acceptAfterDrafts: m.review_acceptAfterDrafts({ count: draftCount }, { locale }),
		acceptText: m.review_acceptText({}, { locale }),
		acceptButton: m.review_acceptButton({}, { locale })
	};
}

/** The facts at the top of the page (state, when and by whom submitted, deadline), as label and text. */
export function reviewFacts(
	facts: {
		state: ResponseState;
		submittedAt: string | null;
		submittedBy: string | null;
		deadline: string | null;
		extendedTo: string | null;
	},
	locale: Locale
): { label: string; value: string }[] {
	const { state, submittedAt, submittedBy, deadline, extendedTo } = facts;
	return [
		{ label: m.review_stateLabel({}, { locale }), value: stateText(state, locale) },
		...(submittedAt
			? [
					{
						label: m.review_submittedLabel({}, { locale }),
						value: m.review_submittedWhenBy(
							{ when: formatMoment(locale, submittedAt), name: submittedBy ?? '—' },
							{ locale }
						)
					}
				]
			: []),
		...(deadline
			? [
					{
						label: m.review_deadlineLabel({}, { locale }),
						value: extendedTo
							? m.review_deadlineExtended(
									{ date: formatDate(locale, extendedTo), original: formatDate(locale, deadline) },
									{ locale }
								)
							: formatDate(locale, deadline)
					}
				]
			: [])
	];
}

/** The labels each reviewed item repeats (its answers, its thread, its query form). */
export function itemWords(previousCycle: string | null, locale: Locale) {
	return {
		thisCycle: m.review_thisCycle({}, { locale }),
		previousCycle: previousCycle ? m.review_previousCycle({ cycle: previousCycle }, { locale }) : '',
		threadTitle: m.review_threadTitle({}, { locale }),
		removeDraft: m.review_removeDraft({}, { locale }),
		queryLabel: m.review_queryLabel({}, { locale }),
		queryHint: m.review_queryHint({}, { locale }),
		saveQuery: m.review_saveQuery({}, { locale })
	};
}
