import { m } from '$lib/paraglide/messages.js';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { draftThreads, returnRefusal, type ReturnRefusal } from '$lib/domain/review';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import { responses, reviewMessages, reviewThreads } from '../db/schema';
import { decideOnResponse } from '../review-decision';
import type { MailDeps } from '../review-mail';

export type ReturnResult =
	{ ok: true; itemIds: string[] } | { ok: false; reason: ReturnRefusal | 'not_found' };

/**
 * The secretariat sends its drafted queries and returns the response to the city: the queried items reopen
 * (whatever the deadline), the rest stays as submitted, and the city's coordinators are told by e-mail.
 */
export async function returnResponse(
	deps: MailDeps,
	actor: Actor,
	responseId: number
): Promise<ReturnResult> {
	const outcome = await decideOnResponse(deps, responseId, {
		refusal: (context, threads) => returnRefusal(actor, context.state, threads),
		async write(tx, context, threads, now) {
			const sending = draftThreads(threads);
			const threadIds = sending.map((thread) => thread.id);
			await tx
				.update(reviewMessages)
				.set({ sentAt: now })
				.where(and(inArray(reviewMessages.threadId, threadIds), isNull(reviewMessages.sentAt)));
			await tx
				.update(reviewThreads)
				.set({ status: 'open', updatedAt: now })
				.where(inArray(reviewThreads.id, threadIds));
			await tx
				.update(responses)
				.set({ state: 'returned', updatedAt: now })
				.where(eq(responses.id, responseId));
			const itemIds = sending.map((thread) => thread.itemId);
			await writeAudit(tx, {
				actorId: actor.id,
				action: 'response.returned',
				subjectType: 'response',
				subjectId: responseId,
				before: { state: context.state },
				after: { state: 'returned', items: itemIds }
			});
			return itemIds;
		},
		mail: (t, url, itemIds) => ({
			subject: m.review_mailReturnedSubject({}, { locale: t.locale }),
			text: m.review_mailReturnedBody({ count: itemIds.length, url }, { locale: t.locale })
		})
	});
	return outcome.ok ? { ok: true, itemIds: outcome.written } : outcome;
}
