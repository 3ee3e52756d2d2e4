import { eq } from 'drizzle-orm';
import { requiredTally } from '$lib/domain/questionnaire/validate';
import type { ResponseState } from '$lib/domain/response-access';
import type { ResponseContext } from './reads/response-context';
import type { Database } from './db';
import { answerHistory, answers, responses } from './db/schema';

type Writer = Pick<Database, 'insert' | 'update' | 'select'>;

export interface AnswerWrite {
	responseId: number;
	itemId: string;
	/** A value validateAnswer accepted (null clears the answer). */
	value: unknown;
	revision: number;
	/**
	 * The language of the answer's text when it differs from the response's (null: the response's language);
	 * left out, the answer keeps the language it had.
	 */
	language?: string | null;
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
	const language = write.language === undefined ? {} : { language: write.language };
	// The history records the language the answer has after this write, kept or changed.
	const [written] = await tx
		.insert(answers)
		.values({ responseId, itemId, value, revision, updatedBy: actorId, updatedAt: at, ...language })
		.onConflictDoUpdate({
			target: [answers.responseId, answers.itemId],
			set: { value, revision, updatedBy: actorId, updatedAt: at, ...language }
		})
		.returning({ language: answers.language });
	await tx.insert(answerHistory).values({
		responseId,
		itemId,
		revision,
		value,
		language: written?.language ?? null,
		source: write.source,
		changedBy: actorId,
		changedAt: at
	});
}

/**
 * After answers were written: the first answer starts an invited response, and the response's last activity
 * and count of validly answered required items are brought up to date (the secretariat's progress page reads
 * them). Returns the state the response is in now.
 */
export async function recordActivity(
	tx: Writer,
	response: Pick<ResponseContext, 'id' | 'state' | 'definition' | 'cycleStartYear' | 'cycleEndYear'>,
	actorId: string,
	at: Date
): Promise<ResponseState> {
	const rows = await tx
		.select({ itemId: answers.itemId, value: answers.value })
		.from(answers)
		.where(eq(answers.responseId, response.id));
	const values = Object.fromEntries(rows.map((row) => [row.itemId, row.value]));
	const tally = requiredTally(response.definition, values, {
		cycleStartYear: response.cycleStartYear,
		cycleEndYear: response.cycleEndYear
	});
	const state = response.state === 'invited' ? 'in_progress' : response.state;
	await tx
		.update(responses)
		.set({
			state,
			lastActivityAt: at,
			lastActivityBy: actorId,
			requiredDone: tally.done,
			requiredTotal: tally.required,
			updatedAt: at
		})
		.where(eq(responses.id, response.id));
	return state;
}
