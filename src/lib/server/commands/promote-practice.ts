import { and, eq, inArray } from 'drizzle-orm';
import { candidateItemId, candidateRows, candidateSourceItemId } from '$lib/domain/practices/candidates';
import type { PracticeInput } from '$lib/domain/practices/practice-form';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { answers, cycles, practices, responses } from '../db/schema';
import { auditedPractice, insertDraftPractice } from './create-practice';

export type PromoteError = 'not_found' | 'already_promoted';

/**
 * Turns one good practice a city entered in its submitted (or accepted) questionnaire into a draft of the
 * library. The draft belongs to the responding city whatever the form said, and keeps the response and the
 * row it came from, so the candidate list shows it as promoted and the practice says where it came from.
 */
export async function promotePractice(
	db: Database,
	actorId: string,
	from: { responseId: number; row: number },
	input: PracticeInput
) {
	return db.transaction(async (tx) => {
		const [response] = await tx
			.select({
				cityId: responses.cityId,
				value: answers.value,
				cycleName: cycles.name,
				reportYear: cycles.reportYear,
				periodEnd: cycles.periodEnd
			})
			.from(responses)
			.innerJoin(cycles, eq(cycles.id, responses.cycleId))
			.innerJoin(answers, and(eq(answers.responseId, responses.id), eq(answers.itemId, candidateItemId)))
			.where(and(eq(responses.id, from.responseId), inArray(responses.state, ['submitted', 'accepted'])));
		if (!response || !candidateRows(response.value).some((row) => row.row === from.row)) {
			return { ok: false as const, error: 'not_found' as PromoteError };
		}
		const sourceItemId = candidateSourceItemId(from.row);
		const [existing] = await tx
			.select({ id: practices.id })
			.from(practices)
			.where(and(eq(practices.sourceResponseId, from.responseId), eq(practices.sourceItemId, sourceItemId)));
		if (existing) return { ok: false as const, error: 'already_promoted' as PromoteError, id: existing.id };

		const created = await insertDraftPractice(
			tx,
			{
				...input,
				cityId: response.cityId,
				// Without a source typed in, the practice cites the cycle the city answered.
				source: input.source ?? {
					report: response.cycleName,
					year: response.reportYear ?? Number(response.periodEnd.slice(0, 4))
				}
			},
			{ sourceResponseId: from.responseId, sourceItemId }
		);
		if (!created) return { ok: false as const, error: 'not_found' as PromoteError };
		await writeAudit(tx, {
			actorId,
			action: 'practice.promoted',
			subjectType: 'practice',
			subjectId: created.id,
			before: null,
			after: auditedPractice(created)
		});
		return { ok: true as const, practice: created };
	});
}
