import { canEditSection, type Actor } from '$lib/domain/response-access';
import type { Database } from '../db';
import { sectionAssignments } from '../db/schema';
import { responseContext } from '../reads/response-context';

/** Marks a section completed (or not) by someone who may edit it. */
export async function completeSection(
	db: Database,
	actor: Actor,
	input: { responseId: number; sectionId: string; completed: boolean }
): Promise<{ ok: boolean }> {
	const context = await responseContext(db, input.responseId);
	if (!context) return { ok: false };
	const section = context.definition.sections.find((candidate) => candidate.id === input.sectionId);
	const itemIds = section?.items.map((item) => item.id) ?? [];
	if (!section || !canEditSection(actor, context, input.sectionId, itemIds)) return { ok: false };
	const completion = input.completed
		? { completedAt: new Date(), completedBy: actor.id }
		: { completedAt: null, completedBy: null };
	await db
		.insert(sectionAssignments)
		.values({ responseId: input.responseId, sectionId: input.sectionId, ...completion })
		.onConflictDoUpdate({
			target: [sectionAssignments.responseId, sectionAssignments.sectionId],
			set: { ...completion, updatedAt: new Date() }
		});
	return { ok: true };
}
