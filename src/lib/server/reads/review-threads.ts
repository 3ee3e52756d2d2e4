import { asc, eq, inArray } from 'drizzle-orm';
import type { ThreadStatus } from '$lib/domain/review';
import type { Database } from '../db';
import { reviewMessages, reviewThreads, user } from '../db/schema';

type Reader = Pick<Database, 'select'>;

export interface ReviewMessage {
	id: number;
	side: 'secretariat' | 'city';
	authorName: string | null;
	body: string;
	/** Null for the secretariat's unsent draft (only ever returned to the secretariat). */
	sentAt: Date | null;
	createdAt: Date;
}

export interface ReviewThread {
	id: number;
	itemId: string;
	status: ThreadStatus;
	/** In the order they were written, which is the order they were sent. */
	messages: ReviewMessage[];
}

/**
 * The review threads of a response with their messages. `for: 'city'` leaves out the secretariat's unsent
 * drafts, and threads with nothing sent yet, so the city never sees a query before it is sent.
 */
export async function reviewThreadsOf(
	db: Reader,
	responseId: number,
	options: { for: 'secretariat' | 'city' }
): Promise<ReviewThread[]> {
	const threads = await db
		.select({ id: reviewThreads.id, itemId: reviewThreads.itemId, status: reviewThreads.status })
		.from(reviewThreads)
		.where(eq(reviewThreads.responseId, responseId))
		.orderBy(asc(reviewThreads.id));
	if (threads.length === 0) return [];
	const messages = await db
		.select({
			id: reviewMessages.id,
			threadId: reviewMessages.threadId,
			side: reviewMessages.side,
			authorName: user.name,
			body: reviewMessages.body,
			sentAt: reviewMessages.sentAt,
			createdAt: reviewMessages.createdAt
		})
		.from(reviewMessages)
		.leftJoin(user, eq(user.id, reviewMessages.authorId))
		.where(
			inArray(
				reviewMessages.threadId,
				threads.map((thread) => thread.id)
			)
		)
		.orderBy(asc(reviewMessages.id));
	const visible = options.for === 'city' ? messages.filter((message) => message.sentAt !== null) : messages;
	return threads
		.map((thread) => ({
			...thread,
			// A new query not sent yet on an answered thread: to the city the thread is still answered.
			status: options.for === 'city' && thread.status === 'draft' ? ('answered' as const) : thread.status,
			messages: visible
				.filter((message) => message.threadId === thread.id)
				.map(({ threadId: _threadId, ...message }) => message)
		}))
		.filter((thread) => thread.messages.length > 0);
}
