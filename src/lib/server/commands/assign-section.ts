import { and, eq } from 'drizzle-orm';
import { canCoordinate, isEditable, type Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { sectionAssignments, user } from '../db/schema';
import { responseContext } from '../queries/response-context';

export type AssignResult = { ok: true } | { ok: false; reason: 'forbidden' | 'not_found' | 'not_colleague' };

/** The coordinator hands a section to a colleague of the same city, or takes it back (assigneeId null). */
export async function assignSection(
	db: Database,
	actor: Actor,
	input: { responseId: number; sectionId: string; assigneeId: string | null }
): Promise<AssignResult> {
	return db.transaction(async (tx) => {
		const context = await responseContext(tx, input.responseId);
		if (!context || !context.definition.sections.some((s) => s.id === input.sectionId)) {
			return { ok: false, reason: 'not_found' } as const;
		}
		if (!canCoordinate(actor, context) || !isEditable(context))
			return { ok: false, reason: 'forbidden' } as const;
		if (input.assigneeId) {
			const [colleague] = await tx
				.select({ id: user.id })
				.from(user)
				.where(
					and(eq(user.id, input.assigneeId), eq(user.cityId, context.cityId), eq(user.role, 'contributor'))
				);
			if (!colleague) return { ok: false, reason: 'not_colleague' } as const;
		}
		const before = context.assignees[input.sectionId] ?? null;
		await tx
			.insert(sectionAssignments)
			.values({ responseId: input.responseId, sectionId: input.sectionId, assigneeId: input.assigneeId })
			.onConflictDoUpdate({
				target: [sectionAssignments.responseId, sectionAssignments.sectionId],
				set: { assigneeId: input.assigneeId, updatedAt: new Date() }
			});
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'section.assigned',
			subjectType: 'response',
			subjectId: input.responseId,
			before: { sectionId: input.sectionId, assigneeId: before },
			after: { sectionId: input.sectionId, assigneeId: input.assigneeId }
		});
		return { ok: true } as const;
	});
}
