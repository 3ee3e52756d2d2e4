import type { Translate } from '$lib/i18n';
import type { Database } from './db';
import { lockedResponseContext, type ResponseContext } from './reads/response-context';
import { reviewThreadsOf, type ReviewThread } from './reads/review-threads';
import { mailCityCoordinators, type MailDeps } from './review-mail';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface ReviewDecision<Refusal extends string, Written> {
	/** The domain rule (domain/review.ts) on the response as it is under the lock: null when it may go ahead. */
	refusal(context: ResponseContext, threads: ReviewThread[]): Refusal | null;
	/** The decision's own changes and its audit entry, in the same transaction. */
	write(tx: Transaction, context: ResponseContext, threads: ReviewThread[], now: Date): Promise<Written>;
	/** The e-mail each coordinator of the city gets in their language; `url` is the city's questionnaire. */
	mail(t: Translate, url: string, written: Written): { subject: string; text: string };
}

/**
 * What accepting and returning a response share: the response is locked and its threads read in one
 * transaction, the rule is checked on what they are then, the decision is written and audited in that same
 * transaction, and only after it committed are the city's coordinators e-mailed (mail never undoes a change).
 */
export async function decideOnResponse<Refusal extends string, Written>(
	deps: MailDeps,
	responseId: number,
	decision: ReviewDecision<Refusal, Written>
): Promise<{ ok: true; written: Written } | { ok: false; reason: Refusal | 'not_found' }> {
	const outcome = await deps.db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, responseId);
		if (!context) return { ok: false, reason: 'not_found' } as const;
		const threads = await reviewThreadsOf(tx, responseId, { for: 'secretariat' });
		const refused = decision.refusal(context, threads);
		if (refused) return { ok: false, reason: refused } as const;
		const written = await decision.write(tx, context, threads, new Date());
		return { ok: true, written, cityId: context.cityId, cycleSlug: context.cycleSlug } as const;
	});
	if (!outcome.ok) return outcome;

	const url = `${deps.origin}/respond/${outcome.cycleSlug}`;
	await mailCityCoordinators(deps, outcome.cityId, (t) => decision.mail(t, url, outcome.written));
	return { ok: true, written: outcome.written };
}
