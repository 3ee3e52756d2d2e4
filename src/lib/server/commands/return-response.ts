import { and, eq, inArray, isNull } from 'drizzle-orm';
import { draftThreads, returnRefusal, type ReturnRefusal } from '$lib/domain/review';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import { responses, reviewMessages, reviewThreads } from '../db/schema';
import { lockedResponseContext } from '../reads/response-context';
import { reviewThreadsOf } from '../reads/review-threads';
import { mailCityCoordinators, type MailDeps } from '../review-mail';

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
	const outcome = await deps.db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, responseId);
		if (!context) return { ok: false, reason: 'not_found' } as const;
		const threads = await reviewThreadsOf(tx, responseId, { for: 'secretariat' });
		const refused = returnRefusal(actor, context.state, threads);
		if (refused) return { ok: false, reason: refused } as const;

		const sending = draftThreads(threads);
		const threadIds = sending.map((thread) => thread.id);
		const now = new Date();
		await tx
			.update(reviewMessages)
			.set({ sentAt: now })
			.where(and(inArray(reviewMessages.threadId, threadIds), isNull(reviewMessages.sentAt)));
		await tx
			.update(reviewThreads)
			.set({ status: 'open', updatedAt: now })
			.where(inArray(reviewThreads.id, threadIds));
		await tx.update(responses).set({ state: 'returned', updatedAt: now }).where(eq(responses.id, responseId));
		const itemIds = sending.map((thread) => thread.itemId);
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'response.returned',
			subjectType: 'response',
			subjectId: responseId,
			before: { state: context.state },
			after: { state: 'returned', items: itemIds }
		});
		return { ok: true, itemIds, cityId: context.cityId, cycleSlug: context.cycleSlug } as const;
	});
	if (!outcome.ok) return outcome;

	await mailCityCoordinators(deps, outcome.cityId, (t) => ({
		subject: t('review.mailReturnedSubject'),
		text: t('review.mailReturnedBody', {
			count: outcome.itemIds.length,
			url: `${deps.origin}/respond/${outcome.cycleSlug}`
		})
	}));
	return { ok: true, itemIds: outcome.itemIds };
}
