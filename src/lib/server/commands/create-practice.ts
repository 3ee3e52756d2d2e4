import { eq, like } from 'drizzle-orm';
import type { PracticeInput } from '$lib/domain/practices/practice-form';
import { practiceSlug, uniqueSlug } from '$lib/domain/practices/practice-slug';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cities, practices } from '../db/schema';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** What the audit trail keeps of a practice: everything a person wrote or chose, not the search vector. */
export function auditedPractice(practice: typeof practices.$inferSelect) {
	const { search: _search, createdAt: _createdAt, updatedAt: _updatedAt, ...rest } = practice;
	return rest;
}

/**
 * Inserts a draft practice with a new, unique address built from its city and title. The address never
 * changes afterwards, so links to a published practice keep working when its title is corrected.
 */
export async function insertDraftPractice(
	tx: Transaction,
	input: PracticeInput,
	link: { sourceResponseId: number; sourceItemId: string } | null = null
) {
	const [city] = await tx.select({ slug: cities.slug }).from(cities).where(eq(cities.id, input.cityId));
	if (!city) return null;
	const base = practiceSlug(city.slug, input.title);
	const taken = await tx
		.select({ slug: practices.slug })
		.from(practices)
		.where(like(practices.slug, `${base.replace(/[\\%_]/g, '\\$&')}%`));
	const slug = uniqueSlug(base, new Set(taken.map((row) => row.slug)));
	const [created] = await tx
		.insert(practices)
		.values({ ...input, slug, status: 'draft', ...(link ?? {}) })
		.returning();
	return created ?? null;
}

/** The secretariat adds a practice to the library; it starts as a draft nobody outside sees. */
export async function createPractice(db: Database, actorId: string, input: PracticeInput) {
	return db.transaction(async (tx) => {
		const created = await insertDraftPractice(tx, input);
		if (!created) return { ok: false as const, error: 'unknown_city' as const };
		await writeAudit(tx, {
			actorId,
			action: 'practice.created',
			subjectType: 'practice',
			subjectId: created.id,
			before: null,
			after: auditedPractice(created)
		});
		return { ok: true as const, practice: created };
	});
}
