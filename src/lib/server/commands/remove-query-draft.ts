import { and, eq } from 'drizzle-orm';
import { isUnsentDraft, statusWithoutDrafts } from '$lib/domain/review';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { responses, reviewMessages, reviewThreads } from '../db/schema';

export type RemoveQueryDraftResult = { ok: true } | { ok: false; reason: 'forbidden' | 'not_found' };

/**
 * The secretariat withdraws a query it has not sent. Only an unsent draft can go (nobody else has seen it);
 * a sent message is never deleted. A thread left without messages goes too.
 */
export async function removeQueryDraft(
	db: Database,
	actor: Actor,
	input: { responseId: number; messageId: number }
): Promise<RemoveQueryDraftResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	return db.transaction(async (tx) => {
		await tx
			.select({ id: responses.id })
			.from(responses)
			.where(eq(responses.id, input.responseId))
			.for('update');
		const [found] = await tx
			.select({
				threadId: reviewThreads.id,
				itemId: reviewThreads.itemId,
				side: reviewMessages.side,
				body: reviewMessages.body,
				sentAt: reviewMessages.sentAt
			})
			.from(reviewMessages)
			.innerJoin(reviewThreads, eq(reviewThreads.id, reviewMessages.threadId))
			.where(and(eq(reviewMessages.id, input.messageId), eq(reviewThreads.responseId, input.responseId)));
		// A sent message is "not found" as a draft: there is nothing the secretariat could remove.
		if (!found || !isUnsentDraft(found)) return { ok: false, reason: 'not_found' } as const;

		await tx.delete(reviewMessages).where(eq(reviewMessages.id, input.messageId));
		const remaining = await tx
			.select({ side: reviewMessages.side, sentAt: reviewMessages.sentAt })
			.from(reviewMessages)
			.where(eq(reviewMessages.threadId, found.threadId));
		if (!remaining.some(isUnsentDraft)) {
			const status = statusWithoutDrafts(remaining);
			if (status === null) await tx.delete(reviewThreads).where(eq(reviewThreads.id, found.threadId));
			else
				await tx
					.update(reviewThreads)
					.set({ status, updatedAt: new Date() })
					.where(eq(reviewThreads.id, found.threadId));
		}
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'review.draft_removed',
			subjectType: 'response',
			subjectId: input.responseId,
			before: { itemId: found.itemId, messageId: input.messageId, body: found.body },
			after: null
		});
		return { ok: true } as const;
	});
}
