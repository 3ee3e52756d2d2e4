import { and, eq } from 'drizzle-orm';
import { canEditItem, type Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { responses, reviewMessages, reviewThreads } from '../db/schema';
import { findItem, lockedResponseContext } from '../reads/response-context';

export type ReplyToQueryResult =
	{ ok: true; messageId: number } | { ok: false; reason: 'forbidden' | 'not_found' | 'not_open' };

/**
 * The city answers a query in the item's thread. Only people who may change that item now can (the
 * coordinator, or the colleague the section is assigned to), and only while the query is open.
 */
export async function replyToQuery(
	db: Database,
	actor: Actor,
	input: { responseId: number; itemId: string; body: string }
): Promise<ReplyToQueryResult> {
	return db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, input.responseId);
		const found = context ? findItem(context.definition, input.itemId) : null;
		if (!context || !found) return { ok: false, reason: 'not_found' } as const;
		const [thread] = await tx
			.select({ id: reviewThreads.id, status: reviewThreads.status })
			.from(reviewThreads)
			.where(and(eq(reviewThreads.responseId, input.responseId), eq(reviewThreads.itemId, input.itemId)));
		// The same rule as saving the item: a returned response reopens exactly its open threads' items.
		if (!canEditItem(actor, context, found.section.id, input.itemId))
			return { ok: false, reason: 'forbidden' } as const;
		if (!thread || thread.status !== 'open') return { ok: false, reason: 'not_open' } as const;

		const now = new Date();
		const [message] = await tx
			.insert(reviewMessages)
			.values({ threadId: thread.id, authorId: actor.id, side: 'city', body: input.body, sentAt: now })
			.returning({ id: reviewMessages.id });
		if (!message) throw new Error('review message not created');
		await tx.update(reviewThreads).set({ updatedAt: now }).where(eq(reviewThreads.id, thread.id));
		await tx
			.update(responses)
			.set({ lastActivityAt: now, lastActivityBy: actor.id, updatedAt: now })
			.where(eq(responses.id, input.responseId));
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'review.replied',
			subjectType: 'response',
			subjectId: input.responseId,
			after: { itemId: input.itemId, messageId: message.id, body: input.body }
		});
		return { ok: true, messageId: message.id } as const;
	});
}
