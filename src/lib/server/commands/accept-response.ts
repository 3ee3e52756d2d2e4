import { m } from '$lib/paraglide/messages.js';
import { eq } from 'drizzle-orm';
import { acceptRefusal, type AcceptRefusal } from '$lib/domain/review';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import { responses, reviewThreads } from '../db/schema';
import { decideOnResponse } from '../review-decision';
import type { MailDeps } from '../review-mail';

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
	const outcome = await decideOnResponse(deps, responseId, {
		refusal: (context, threads) => acceptRefusal(actor, context.state, threads),
		async write(tx, context, threads, now) {
			await tx
				.update(reviewThreads)
				.set({ status: 'closed', updatedAt: now })
				.where(eq(reviewThreads.responseId, responseId));
			await tx
				.update(responses)
				.set({ state: 'accepted', updatedAt: now })
				.where(eq(responses.id, responseId));
			await writeAudit(tx, {
				actorId: actor.id,
				action: 'response.accepted',
				subjectType: 'response',
				subjectId: responseId,
				before: { state: context.state },
				after: { state: 'accepted', closedThreads: threads.length }
			});
		},
		mail: (t, url) => ({
			subject: m.review_mailAcceptedSubject({}, { locale: t.locale }),
			text: m.review_mailAcceptedBody({ url }, { locale: t.locale })
		})
	});
	return outcome.ok ? { ok: true } : outcome;
}
