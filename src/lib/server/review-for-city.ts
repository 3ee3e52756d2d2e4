import type { Locale } from '$lib/domain/locale';
import { localized } from '$lib/domain/questionnaire/definition';
import { canSeeSection, type Actor } from '$lib/domain/response-access';
import { hasCityReply } from '$lib/domain/review';
import type { Database } from './db';
import type { ResponseContext } from './reads/response-context';
import { reviewThreadsOf } from './reads/review-threads';
import { shownThreadMessage } from './i18n/thread-text';
import type { ThreadMessage } from '$lib/domain/thread-message';

export interface CityQuery {
	itemId: string;
	sectionId: string;
	/** The label of the questionnaire item the query is on. */
	question: string;
	status: 'open' | 'answered' | 'closed' | 'draft';
	/** The secretariat's latest sent message: the query the city has to answer. */
	latest: string;
	replied: boolean;
	messages: ThreadMessage[];
}

/**
 * The secretariat's sent queries on the items this person may see, in questionnaire order, for the city's
 * pages (a contributor sees those on their own sections only). Unsent drafts never appear.
 */
export async function queriesForCity(
	db: Database,
	actor: Actor,
	context: ResponseContext,
	locale: Locale
): Promise<CityQuery[]> {
	const threads = await reviewThreadsOf(db, context.id, { for: 'city' });
	if (threads.length === 0) return [];
	const byItem = new Map(threads.map((thread) => [thread.itemId, thread]));
	return context.definition.sections
		.filter((section) => canSeeSection(actor, context, section.id))
		.flatMap((section) =>
			section.items.flatMap((item) => {
				const thread = byItem.get(item.id);
				if (!thread) return [];
				return [
					{
						itemId: item.id,
						sectionId: section.id,
						question: localized(item.label, locale),
						status: thread.status,
						latest: thread.messages.findLast((m) => m.side === 'secretariat')?.body ?? '',
						replied: hasCityReply(thread),
						messages: thread.messages.map((message) => shownThreadMessage(message, locale))
					}
				];
			})
		);
}
