/**
 * The secretariat's review of a submitted response, item by item: pure rules about queries, returning,
 * replies, resubmission and acceptance, so the commands and the pages give the same answers.
 *
 * A thread belongs to one item of one response. Its status: 'draft' while the secretariat has written a query
 * not yet sent; 'open' once the response was returned with it (the item is reopened for the city); 'answered'
 * once the city resubmitted; 'closed' when the secretariat accepted the response. Messages are never changed;
 * the only thing ever deleted is an unsent draft of the secretariat, which nobody else has seen.
 */
import { z } from 'zod';
import type { Actor, ResponseState } from './response-access';
import { storedId } from './stored-integer';

export type ThreadStatus = 'draft' | 'open' | 'answered' | 'closed';

export interface MessageFacts {
	side: 'secretariat' | 'city';
	/** Null while a secretariat query is an unsent draft. */
	sentAt: Date | null;
}

export interface ThreadFacts {
	itemId: string;
	status: ThreadStatus;
	messages: readonly MessageFacts[];
}

/** A query or a reply is a few sentences; the limit only stops pasted books. */
export const MAX_MESSAGE_LENGTH = 4000;

function messageText(required: string, tooLong: string) {
	return z.string().trim().min(1, required).max(MAX_MESSAGE_LENGTH, tooLong);
}

export const querySchema = z.object({
	itemId: z.string().min(1, 'review.queryRequired'),
	body: messageText('review.queryRequired', 'review.messageTooLong')
});

/** Withdrawing an unsent query: the draft message, and the item to show again afterwards. */
export const removeDraftSchema = z.object({ messageId: storedId, itemId: z.string() });

export const replySchema = z.object({
	itemId: z.string().min(1, 'review.replyRequired'),
	body: messageText('review.replyRequired', 'review.messageTooLong')
});

export function isUnsentDraft(message: MessageFacts): boolean {
	return message.side === 'secretariat' && message.sentAt === null;
}

/** Unsent queries, counted per thread: what "Return to the city (N queries)" sends. */
export function draftThreads<T extends ThreadFacts>(threads: readonly T[]): T[] {
	return threads.filter((thread) => thread.messages.some(isUnsentDraft));
}

/** The secretariat writes queries on a submitted response only: the city cannot change it meanwhile. */
export function canWriteQuery(actor: Actor, state: ResponseState): boolean {
	return actor.role === 'secretariat' && state === 'submitted';
}

export type ReturnRefusal = 'forbidden' | 'not_submitted' | 'no_queries';

/** Returning sends the drafted queries: so there must be a submitted response and at least one draft. */
export function returnRefusal(
	actor: Actor,
	state: ResponseState,
	threads: readonly ThreadFacts[]
): ReturnRefusal | null {
	if (actor.role !== 'secretariat') return 'forbidden';
	if (state !== 'submitted') return 'not_submitted';
	if (draftThreads(threads).length === 0) return 'no_queries';
	return null;
}

export type AcceptRefusal = 'forbidden' | 'not_submitted' | 'open_queries' | 'unsent_queries';

/**
 * Accepting ends the review: the response must be submitted, with no query still waiting for the city and
 * no query written but never sent (accepting would silently drop it).
 */
export function acceptRefusal(
	actor: Actor,
	state: ResponseState,
	threads: readonly ThreadFacts[]
): AcceptRefusal | null {
	if (actor.role !== 'secretariat') return 'forbidden';
	if (state !== 'submitted') return 'not_submitted';
	if (threads.some((thread) => thread.status === 'open')) return 'open_queries';
	if (draftThreads(threads).length > 0) return 'unsent_queries';
	return null;
}

/**
 * Whether the city has replied after the secretariat's latest sent message in this thread. Messages come in
 * the order they were sent (the order they were stored, which is the same, even within one millisecond).
 */
export function hasCityReply(thread: ThreadFacts): boolean {
	const sent = thread.messages.filter((message) => message.sentAt !== null);
	return sent.at(-1)?.side === 'city';
}

/** Open threads the city has not replied to yet: a returned response cannot be resubmitted while any remain. */
export function unansweredThreads<T extends ThreadFacts>(threads: readonly T[]): T[] {
	return threads.filter((thread) => thread.status === 'open' && !hasCityReply(thread));
}

/** The status a thread takes when the secretariat's last unsent draft on it is removed. */
export function statusWithoutDrafts(remaining: readonly MessageFacts[]): ThreadStatus | null {
	// Nothing left: the thread was only ever a draft and goes away. Otherwise it had been answered before
	// (a submitted response's sent threads are all answered).
	return remaining.length === 0 ? null : 'answered';
}
