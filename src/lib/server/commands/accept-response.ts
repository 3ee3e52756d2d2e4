import { eq } from 'drizzle-orm';
import { acceptRefusal, type AcceptRefusal } from '$lib/domain/review';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import { responses, reviewThreads } from '../db/schema';
import { lockedResponseContext } from '../reads/response-context';
import { reviewThreadsOf } from '../reads/review-threads';
import { mailCityCoordinators, type MailDeps } from '../review-mail';

export type AcceptResult = { ok: true } | { ok: false; reason: AcceptRefusal | 'not_found' };

/**
 * The secretariat accepts a submitted response: the review is over, its threads close (every message stays),
 * and the city's coordinators are told by e-mail.
 */
export async function acceptResponse(
	deps: MailDeps,
	actor: Actor,
	responseId: number
): Promise<AcceptResult> {
	const outcome = await deps.db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, responseId);
		if (!context) return { ok: false, reason: 'not_found' } as const;
		const threads = await reviewThreadsOf(tx, responseId, { for: 'secretariat' });
		const refused = acceptRefusal(actor, context.state, threads);
		if (refused) return { ok: false, reason: refused } as const;

		const now = new Date();
		await tx
			.update(reviewThreads)
			.set({ status: 'closed', updatedAt: now })
			.where(eq(reviewThreads.responseId, responseId));
		await tx.update(responses).set({ state: 'accepted', updatedAt: now }).where(eq(responses.id, responseId));
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'response.accepted',
			subjectType: 'response',
			subjectId: responseId,
			before: { state: context.state },
			after: { state: 'accepted', closedThreads: threads.length }
		});
		return { ok: true, cityId: context.cityId, cycleSlug: context.cycleSlug } as const;
	});
	if (!outcome.ok) return outcome;

	await mailCityCoordinators(deps, outcome.cityId, (t) => ({
		subject: t('review.mailAcceptedSubject'),
		text: t('review.mailAcceptedBody', { url: `${deps.origin}/respond/${outcome.cycleSlug}` })
	}));
	return { ok: true };
}
