import { m } from '$lib/paraglide/messages.js';
import { and, eq } from 'drizzle-orm';
import { missingRequired, type MissingAnswer } from '$lib/domain/questionnaire/validate';
import { canCoordinate, isEditable, type Actor } from '$lib/domain/response-access';
import { unansweredThreads } from '$lib/domain/review';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { answers, responses, reviewThreads } from '../db/schema';
import type { Mailer } from '../mail';
import { lockedResponseContext } from '../reads/response-context';
import { reviewThreadsOf } from '../reads/review-threads';
import { mailSecretariat, reviewUrl } from '../review-mail';

export type SubmitResult =
	| { ok: true }
	| { ok: false; reason: 'missing'; missing: MissingAnswer[] }
	| { ok: false; reason: 'unanswered'; itemIds: string[] }
	| { ok: false; reason: 'forbidden' | 'not_found' };

/**
 * The coordinator submits the city's response. Refused with the list of missing required answers; once
 * submitted the response is read-only for the city, and the secretariat is told by e-mail. A returned
 * response is resubmitted the same way, once the city has replied to every query sent back with it; its
 * queries then count as answered.
 */
export async function submitResponse(
	deps: { db: Database; mailer: Mailer; origin: string },
	actor: Actor,
	responseId: number
): Promise<SubmitResult> {
	const { db } = deps;
	const outcome = await db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, responseId);
		if (!context) return { ok: false, reason: 'not_found' } as const;
		if (!canCoordinate(actor, context) || !isEditable(context))
			return { ok: false, reason: 'forbidden' } as const;
		const resubmission = context.state === 'returned';
		if (resubmission) {
			const threads = await reviewThreadsOf(tx, responseId, { for: 'city' });
			const waiting = unansweredThreads(threads);
			if (waiting.length > 0)
				return { ok: false, reason: 'unanswered', itemIds: waiting.map((t) => t.itemId) } as const;
		}
		const rows = await tx.select().from(answers).where(eq(answers.responseId, responseId));
		const values = Object.fromEntries(rows.map((row) => [row.itemId, row.value]));
		const missing = missingRequired(context.definition, values, {
			cycleStartYear: context.cycleStartYear,
			cycleEndYear: context.cycleEndYear
		});
		if (missing.length > 0) return { ok: false, reason: 'missing', missing } as const;
		const now = new Date();
		await tx
			.update(responses)
			.set({
				state: 'submitted',
				submittedAt: now,
				submittedBy: actor.id,
				lastActivityAt: now,
				lastActivityBy: actor.id,
				updatedAt: now
			})
			.where(eq(responses.id, responseId));
		if (resubmission) {
			await tx
				.update(reviewThreads)
				.set({ status: 'answered', updatedAt: now })
				.where(and(eq(reviewThreads.responseId, responseId), eq(reviewThreads.status, 'open')));
		}
		await writeAudit(tx, {
			actorId: actor.id,
			action: resubmission ? 'response.resubmitted' : 'response.submitted',
			subjectType: 'response',
			subjectId: responseId,
			before: { state: context.state },
			after: { state: 'submitted' }
		});
		return { ok: true, resubmission, cityId: context.cityId, cycleSlug: context.cycleSlug } as const;
	});
	if (!outcome.ok) return outcome;

	// Told after the commit: a mail problem must never undo a submission.
	await mailSecretariat(deps, outcome.cityId, (t, city) => {
		const params = { city: city.name, url: reviewUrl(deps.origin, outcome.cycleSlug, city.slug) };
		return outcome.resubmission
			? {
					subject: m.review_mailResubmittedSubject(params, { locale: t.locale }),
					text: m.review_mailResubmittedBody(params, { locale: t.locale })
				}
			: {
					subject: m.mail_submittedSubject(params, { locale: t.locale }),
					text: m.mail_submittedBody(params, { locale: t.locale })
				};
	});
	return { ok: true };
}
