import { and, desc, eq, exists, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { answerHistory, answers, cycles, responses, sectionAssignments, user } from '../db/schema';
import { responseContext, type ResponseContext } from './response-context';

export interface CurrentAnswer {
	value: unknown;
	/** The answer's own language when not the response's (null: the response's language). */
	language: string | null;
	revision: number;
	updatedBy: string | null;
	updatedAt: Date;
}

export interface ResponseView {
	context: ResponseContext;
	cycle: typeof cycles.$inferSelect;
	answers: Record<string, CurrentAnswer>;
	/** The same city's answers in the latest earlier cycle it answered, by item id. */
	previous: { cycleName: string; answers: Record<string, unknown> } | null;
	sections: Record<
		string,
		{ assigneeId: string | null; assigneeName: string | null; completedAt: Date | null }
	>;
}

/** A city's response to a cycle, with everything the questionnaire pages show. */
export async function responseForCity(
	db: Database,
	cycleSlug: string,
	cityId: number
): Promise<ResponseView | null> {
	const [found] = await db
		.select({ responseId: responses.id, cycle: cycles })
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(and(eq(cycles.slug, cycleSlug), eq(responses.cityId, cityId)));
	if (!found) return null;
	const context = await responseContext(db, found.responseId);
	if (!context) return null;

	const rows = await db
		.select({
			itemId: answers.itemId,
			value: answers.value,
			language: answers.language,
			revision: answers.revision,
			updatedBy: user.name,
			updatedAt: answers.updatedAt
		})
		.from(answers)
		.leftJoin(user, eq(user.id, answers.updatedBy))
		.where(eq(answers.responseId, found.responseId));

	const assigned = await db
		.select({
			sectionId: sectionAssignments.sectionId,
			assigneeId: sectionAssignments.assigneeId,
			assigneeName: user.name,
			completedAt: sectionAssignments.completedAt
		})
		.from(sectionAssignments)
		.leftJoin(user, eq(user.id, sectionAssignments.assigneeId))
		.where(eq(sectionAssignments.responseId, found.responseId));

	return {
		context,
		cycle: found.cycle,
		answers: Object.fromEntries(
			rows.map(({ itemId, ...answer }) => [itemId, { ...answer, updatedBy: answer.updatedBy ?? null }])
		),
		previous: await previousAnswers(db, cityId, found.cycle.periodStart),
		sections: Object.fromEntries(
			assigned.map(({ sectionId, ...rest }) => [
				sectionId,
				{
					assigneeId: rest.assigneeId,
					assigneeName: rest.assigneeName ?? null,
					completedAt: rest.completedAt
				}
			])
		)
	};
}

/**
 * The city's answers in its previous cycle: the most recent cycle before this one (by period) that is closed
 * or published and in which the city answered at least one question. A draft or still open cycle is never
 * "previous": its answers are not settled.
 */
export async function previousAnswers(db: Database, cityId: number, before: string) {
	const [earlier] = await db
		.select({ responseId: responses.id, name: cycles.name })
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(
			and(
				eq(responses.cityId, cityId),
				lt(cycles.periodStart, before),
				inArray(cycles.status, ['closed', 'published']),
				exists(
					db
						.select({ one: sql`1` })
						.from(answers)
						.where(eq(answers.responseId, responses.id))
				)
			)
		)
		.orderBy(desc(cycles.periodStart))
		.limit(1);
	if (!earlier) return null;
	const rows = await db
		.select({ itemId: answers.itemId, value: answers.value })
		.from(answers)
		.where(eq(answers.responseId, earlier.responseId));
	return { cycleName: earlier.name, answers: Object.fromEntries(rows.map((row) => [row.itemId, row.value])) };
}

/** Every value an item had, newest first, with who saved it. */
export async function answerHistoryOf(db: Database, responseId: number, itemId: string) {
	return db
		.select({
			id: answerHistory.id,
			revision: answerHistory.revision,
			value: answerHistory.value,
			language: answerHistory.language,
			source: answerHistory.source,
			changedBy: user.name,
			changedAt: answerHistory.changedAt
		})
		.from(answerHistory)
		.leftJoin(user, eq(user.id, answerHistory.changedBy))
		.where(and(eq(answerHistory.responseId, responseId), eq(answerHistory.itemId, itemId)))
		.orderBy(desc(answerHistory.revision));
}

/** The value an item had at one revision (null before its first save). */
export async function valueAtRevision(db: Database, responseId: number, itemId: string, revision: number) {
	if (revision <= 0) return null;
	const [row] = await db
		.select({ value: answerHistory.value })
		.from(answerHistory)
		.where(
			and(
				eq(answerHistory.responseId, responseId),
				eq(answerHistory.itemId, itemId),
				eq(answerHistory.revision, revision)
			)
		);
	return row?.value ?? null;
}
