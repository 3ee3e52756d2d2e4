import { and, eq } from 'drizzle-orm';
import { canWriteQuery } from '$lib/domain/review';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { reviewMessages, reviewThreads } from '../db/schema';
import { findItem, lockedResponseContext } from '../reads/response-context';

export type WriteQueryResult =
	{ ok: true; messageId: number } | { ok: false; reason: 'forbidden' | 'not_found' | 'not_submitted' };

/**
 * The secretariat writes a query on one item of a submitted response. It is stored as a draft, unseen by the
 * city, until the secretariat returns the response with all its drafts at once.
 */
export async function writeQuery(
	db: Database,
	actor: Actor,
	input: { responseId: number; itemId: string; body: string }
): Promise<WriteQueryResult> {
	return db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, input.responseId);
		if (!context || !findItem(context.definition, input.itemId))
			return { ok: false, reason: 'not_found' } as const;
		if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' } as const;
		if (!canWriteQuery(actor, context.state)) return { ok: false, reason: 'not_submitted' } as const;

		const now = new Date();
		const [existing] = await tx
			.select({ id: reviewThreads.id, status: reviewThreads.status })
			.from(reviewThreads)
			.where(and(eq(reviewThreads.responseId, input.responseId), eq(reviewThreads.itemId, input.itemId)));
		let threadId = existing?.id;
		if (!existing) {
			const [created] = await tx
				.insert(reviewThreads)
				.values({ responseId: input.responseId, itemId: input.itemId, status: 'draft' })
				.returning({ id: reviewThreads.id });
			threadId = created?.id;
		} else if (existing.status !== 'draft') {
			// A further query on an item answered in an earlier round: the thread goes on.
			await tx
				.update(reviewThreads)
				.set({ status: 'draft', updatedAt: now })
				.where(eq(reviewThreads.id, existing.id));
		}
		if (threadId === undefined) throw new Error('review thread not created');
		const [message] = await tx
			.insert(reviewMessages)
			.values({ threadId, authorId: actor.id, side: 'secretariat', body: input.body, sentAt: null })
			.returning({ id: reviewMessages.id });
		if (!message) throw new Error('review message not created');
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'review.query_drafted',
			subjectType: 'response',
			subjectId: input.responseId,
			before: existing ? { threadStatus: existing.status } : null,
			after: { itemId: input.itemId, messageId: message.id, body: input.body }
		});
		return { ok: true, messageId: message.id } as const;
	});
}
