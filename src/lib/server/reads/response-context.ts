import { and, eq } from 'drizzle-orm';
import { todayForDeadlines } from '$lib/domain/cycle-lifecycle';
import { questionnaireSchema, type Questionnaire } from '$lib/domain/questionnaire/definition';
import type { ResponseFacts } from '$lib/domain/response-access';
import type { Database } from '../db';
import { cycles, responses, reviewThreads, sectionAssignments } from '../db/schema';

type Reader = Pick<Database, 'select'>;

export interface ResponseContext extends ResponseFacts {
	id: number;
	cycleId: number;
	cycleSlug: string;
	definition: Questionnaire;
	cycleStartYear: number;
	cycleEndYear: number;
	submittedAt: Date | null;
	/** The language the city writes its texts in; null until chosen or first written (see the schema). */
	language: string | null;
}

/** A response with its rules' facts; `now` is only passed by tests that need another day. */

/**
 * A response with what every rule about it needs: its cycle's questionnaire snapshot, state and deadline, the
 * city's extension, the assignments and the items reopened by the secretariat's queries.
 */
export async function responseContext(
	db: Reader,
	responseId: number,
	now: Date = new Date()
): Promise<ResponseContext | null> {
	const [row] = await db
		.select({
			id: responses.id,
			cityId: responses.cityId,
			state: responses.state,
			submittedAt: responses.submittedAt,
			language: responses.language,
			cycleId: cycles.id,
			cycleSlug: cycles.slug,
			questionnaire: cycles.questionnaire,
			periodStart: cycles.periodStart,
			periodEnd: cycles.periodEnd,
			cycleStatus: cycles.status,
			deadline: cycles.deadline,
			extendedTo: responses.extendedTo
		})
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(eq(responses.id, responseId));
	if (!row || !row.questionnaire) return null;
	const assigned = await db
		.select({ sectionId: sectionAssignments.sectionId, assigneeId: sectionAssignments.assigneeId })
		.from(sectionAssignments)
		.where(eq(sectionAssignments.responseId, responseId));
	const reopened = await db
		.select({ itemId: reviewThreads.itemId })
		.from(reviewThreads)
		.where(and(eq(reviewThreads.responseId, responseId), eq(reviewThreads.status, 'open')));
	return {
		id: row.id,
		cityId: row.cityId,
		state: row.state,
		cycleId: row.cycleId,
		cycleSlug: row.cycleSlug,
		definition: questionnaireSchema.parse(row.questionnaire),
		cycleStartYear: Number(row.periodStart.slice(0, 4)),
		cycleEndYear: Number(row.periodEnd.slice(0, 4)),
		submittedAt: row.submittedAt,
		language: row.language,
		assignees: Object.fromEntries(assigned.map((a) => [a.sectionId, a.assigneeId])),
		cycleStatus: row.cycleStatus,
		deadline: row.deadline,
		extendedTo: row.extendedTo,
		reopenedItems: reopened.map((thread) => thread.itemId),
		today: todayForDeadlines(now)
	};
}

/**
 * Locks the response's row until the transaction ends, then reads its facts. Every write to a response takes
 * this lock first, so two writes to one response run one after the other and each checks what the other did.
 */
export async function lockedResponseContext(tx: Reader, responseId: number): Promise<ResponseContext | null> {
	await tx.select({ id: responses.id }).from(responses).where(eq(responses.id, responseId)).for('update');
	return responseContext(tx, responseId);
}

/** The section an item belongs to, or null when the questionnaire has no such item. */
export function findItem(definition: Questionnaire, itemId: string) {
	for (const section of definition.sections) {
		const item = section.items.find((candidate) => candidate.id === itemId);
		if (item) return { section, item };
	}
	return null;
}
