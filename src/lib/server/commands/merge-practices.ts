import { eq } from 'drizzle-orm';
import { mergeTags } from '$lib/domain/practices/merge';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { practices } from '../db/schema';

export type MergeError = 'not_found' | 'same_practice' | 'already_merged' | 'target_merged';

/**
 * Merges a duplicate into the practice that is kept: the kept one gains the duplicate's tags and links
 * (see domain/practices/merge.ts for what is carried over); the duplicate is unpublished and points at the
 * kept one, whose address its public address now leads to. Practices merged earlier into the duplicate are
 * pointed at the kept one too, so a merged practice always leads straight to a live one.
 */
export async function mergePractices(db: Database, actorId: string, duplicateId: number, keptId: number) {
	return db.transaction(async (tx) => {
		if (duplicateId === keptId) return { ok: false as const, error: 'same_practice' as MergeError };
		const [duplicate] = await tx.select().from(practices).where(eq(practices.id, duplicateId));
		const [kept] = await tx.select().from(practices).where(eq(practices.id, keptId));
		if (!duplicate || !kept) return { ok: false as const, error: 'not_found' as MergeError };
		if (duplicate.mergedIntoId !== null) return { ok: false as const, error: 'already_merged' as MergeError };
		if (kept.mergedIntoId !== null) return { ok: false as const, error: 'target_merged' as MergeError };

		const merged = mergeTags(kept, duplicate);
		const now = new Date();
		await tx
			.update(practices)
			.set({ ...merged, updatedAt: now })
			.where(eq(practices.id, kept.id));
		await tx
			.update(practices)
			.set({ status: 'draft', mergedIntoId: kept.id, updatedAt: now })
			.where(eq(practices.id, duplicate.id));
		await tx
			.update(practices)
			.set({ mergedIntoId: kept.id, updatedAt: now })
			.where(eq(practices.mergedIntoId, duplicate.id));

		const tagsOf = (p: typeof merged) => ({
			commitments: p.commitments,
			trends: p.trends,
			themes: p.themes,
			targetGroups: p.targetGroups,
			funding: p.funding,
			links: p.links
		});
		await writeAudit(tx, {
			actorId,
			action: 'practice.merged',
			subjectType: 'practice',
			subjectId: duplicate.id,
			before: { status: duplicate.status, mergedIntoId: null },
			after: { status: 'draft', mergedIntoId: kept.id }
		});
		await writeAudit(tx, {
			actorId,
			action: 'practice.merged',
			subjectType: 'practice',
			subjectId: kept.id,
			before: tagsOf(kept),
			after: { ...tagsOf(merged), mergedFromId: duplicate.id }
		});
		return { ok: true as const, kept: { id: kept.id, slug: kept.slug } };
	});
}
