import { and, eq } from 'drizzle-orm';
import { canCoordinate, type Actor } from '$lib/domain/response-access';
import type { Database } from '../db';
import { answerHistory, answers, responses } from '../db/schema';
import { saveAnswer, type SaveAnswerResult } from './save-answer';

/**
 * Puts an earlier value of an item back as its current value (coordinator only). The restore is itself a new
 * revision, so the value it replaces stays in the history too.
 */
export async function restoreAnswer(
	db: Database,
	actor: Actor,
	input: { responseId: number; itemId: string; historyId: number }
): Promise<SaveAnswerResult> {
	const [response] = await db.select().from(responses).where(eq(responses.id, input.responseId));
	if (!response) return { ok: false, reason: 'not_found' };
	if (!canCoordinate(actor, response)) return { ok: false, reason: 'forbidden' };
	const [earlier] = await db
		.select()
		.from(answerHistory)
		.where(
			and(
				eq(answerHistory.id, input.historyId),
				eq(answerHistory.responseId, input.responseId),
				eq(answerHistory.itemId, input.itemId)
			)
		);
	if (!earlier) return { ok: false, reason: 'not_found' };
	const [current] = await db
		.select({ revision: answers.revision })
		.from(answers)
		.where(and(eq(answers.responseId, input.responseId), eq(answers.itemId, input.itemId)));
	return saveAnswer(db, actor, {
		responseId: input.responseId,
		itemId: input.itemId,
		value: earlier.value,
		// An earlier value comes back in the language it was written in.
		language: earlier.language,
		baseRevision: current?.revision ?? 0,
		source: 'restore'
	});
}
