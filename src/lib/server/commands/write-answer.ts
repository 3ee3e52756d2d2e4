import { eq } from 'drizzle-orm';
import type { ResponseState } from '$lib/domain/response-access';
import type { Database } from '../db';
import { answerHistory, answers, responses } from '../db/schema';

type Writer = Pick<Database, 'insert' | 'update'>;

export interface AnswerWrite {
	responseId: number;
	itemId: string;
	/** A value validateAnswer accepted (null clears the answer). */
	value: unknown;
	revision: number;
	source: 'save' | 'restore' | 'copy_previous' | 'import';
	actorId: string;
	at: Date;
}

/**
 * Writes an item's new current value and the same value to its history, as one revision. Callers run it in
 * their transaction, after locking the response and checking the revision they write over.
 */
export async function writeAnswer(tx: Writer, write: AnswerWrite): Promise<void> {
	const { responseId, itemId, value, revision, actorId, at } = write;
	await tx
		.insert(answers)
		.values({ responseId, itemId, value, revision, updatedBy: actorId, updatedAt: at })
		.onConflictDoUpdate({
			target: [answers.responseId, answers.itemId],
			set: { value, revision, updatedBy: actorId, updatedAt: at }
		});
	await tx.insert(answerHistory).values({
		responseId,
		itemId,
		revision,
		value,
		source: write.source,
		changedBy: actorId,
		changedAt: at
	});
}

/** The first answer written to an invited response starts it. Returns the state the response is in now. */
export async function markStarted(
	tx: Writer,
	response: { id: number; state: ResponseState },
	at: Date
): Promise<ResponseState> {
	if (response.state !== 'invited') return response.state;
	await tx
		.update(responses)
		.set({ state: 'in_progress', updatedAt: at })
		.where(eq(responses.id, response.id));
	return 'in_progress';
}
