import type { Actor } from '$lib/domain/response-access';
import type { MailDeps } from '../review-mail';
import { acceptCandidates, type AcceptCandidate } from '../reads/accept-candidates';
import { acceptResponse } from './accept-response';

export interface BulkAcceptResult {
	accepted: { citySlug: string; cityName: string }[];
	refused: (Pick<AcceptCandidate, 'citySlug' | 'cityName'> & {
		reason: NonNullable<AcceptCandidate['refused']>;
	})[];
}

/**
 * Accepts several responses of one cycle at once. Each is accepted on its own, exactly as a single acceptance
 * (its own transaction, audit entry and e-mail to the city), and the rule is checked again for each at that
 * moment: one that cannot be accepted (not submitted, a query open or unsent) is refused with its reason and
 * the others are still accepted, because each acceptance stands alone and the confirmation listed the refusals
 * beforehand.
 */
export async function acceptResponses(
	deps: MailDeps,
	actor: Actor,
	cycleSlug: string,
	citySlugs: readonly string[]
): Promise<BulkAcceptResult> {
	const result: BulkAcceptResult = { accepted: [], refused: [] };
	if (actor.role !== 'secretariat') {
		result.refused = citySlugs.map((slug) => ({ citySlug: slug, cityName: slug, reason: 'forbidden' }));
		return result;
	}
	for (const candidate of await acceptCandidates(deps.db, actor, cycleSlug, citySlugs)) {
		const { citySlug, cityName } = candidate;
		if (candidate.responseId === null) {
			result.refused.push({ citySlug, cityName, reason: 'not_found' });
			continue;
		}
		// Checked again inside the acceptance's own transaction, under a lock on the response.
		const outcome = await acceptResponse(deps, actor, candidate.responseId);
		if (outcome.ok) result.accepted.push({ citySlug, cityName });
		else result.refused.push({ citySlug, cityName, reason: outcome.reason });
	}
	return result;
}
