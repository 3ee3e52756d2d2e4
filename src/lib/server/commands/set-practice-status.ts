import { eq } from 'drizzle-orm';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { practices } from '../db/schema';

/**
 * Publishes a practice (the public library shows it) or takes it back to draft. A practice merged into
 * another stays unpublished: the one it was merged into is the public record.
 */
export async function setPracticeStatus(
	db: Database,
	actorId: string,
	id: number,
	status: 'draft' | 'published'
) {
	return db.transaction(async (tx) => {
		const [before] = await tx
			.select({ status: practices.status, mergedIntoId: practices.mergedIntoId })
			.from(practices)
			.where(eq(practices.id, id));
		if (!before) return { ok: false as const, error: 'not_found' as const };
		if (status === 'published' && before.mergedIntoId !== null) {
			return { ok: false as const, error: 'merged' as const };
		}
		if (before.status === status) return { ok: true as const, changed: false };
		await tx.update(practices).set({ status, updatedAt: new Date() }).where(eq(practices.id, id));
		await writeAudit(tx, {
			actorId,
			action: status === 'published' ? 'practice.published' : 'practice.unpublished',
			subjectType: 'practice',
			subjectId: id,
			before: { status: before.status },
			after: { status }
		});
		return { ok: true as const, changed: true };
	});
}
