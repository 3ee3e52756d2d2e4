import { eq } from 'drizzle-orm';
import type { PracticeInput } from '$lib/domain/practices/practice-form';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cities, practices } from '../db/schema';
import { auditedPractice } from './create-practice';

/** Saves the secretariat's edit of a practice; its address and status stay as they are. */
export async function updatePractice(db: Database, actorId: string, id: number, input: PracticeInput) {
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(practices).where(eq(practices.id, id));
		if (!before) return { ok: false as const, error: 'not_found' as const };
		const [city] = await tx.select({ id: cities.id }).from(cities).where(eq(cities.id, input.cityId));
		if (!city) return { ok: false as const, error: 'unknown_city' as const };
		const [after] = await tx
			.update(practices)
			.set({ ...input, updatedAt: new Date() })
			.where(eq(practices.id, id))
			.returning();
		await writeAudit(tx, {
			actorId,
			action: 'practice.updated',
			subjectType: 'practice',
			subjectId: id,
			before: auditedPractice(before),
			after: after ? auditedPractice(after) : null
		});
		return { ok: true as const };
	});
}
