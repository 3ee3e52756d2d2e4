import { eq } from 'drizzle-orm';
import type { CycleInput } from '$lib/domain/cycle-forms';
import { findQuestionnaireVersion } from '$lib/domain/questionnaire/versions';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cycles } from '../db/schema';

export type CycleSettingsError = 'forbidden' | 'slug_taken' | 'unknown_version';

/** What the audit trail records of a cycle's settings (the questionnaire snapshot is named by its version). */
export function cycleSettings(cycle: typeof cycles.$inferSelect) {
	const {
		name,
		slug,
		periodStart,
		periodEnd,
		questionnaireVersion,
		opensOn,
		deadline,
		cityAnswersPublic,
		note
	} = cycle;
	return {
		name,
		slug,
		periodStart,
		periodEnd,
		questionnaireVersion,
		opensOn,
		deadline,
		cityAnswersPublic,
		note
	};
}

/** The columns a settings form writes, with the snapshot of the chosen questionnaire version. */
export function settingsColumns(input: CycleInput) {
	const definition = findQuestionnaireVersion(input.questionnaireVersion);
	if (!definition) return null;
	return { ...input, questionnaireVersion: definition.version, questionnaire: definition };
}

/** Creates a cycle as a draft: nothing is visible to cities until the secretariat opens it. */
export async function createCycle(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	input: CycleInput
): Promise<{ ok: true; id: number; slug: string } | { ok: false; error: CycleSettingsError }> {
	if (actor.role !== 'secretariat') return { ok: false, error: 'forbidden' };
	const columns = settingsColumns(input);
	if (!columns) return { ok: false, error: 'unknown_version' };
	return db.transaction(async (tx) => {
		const [taken] = await tx.select({ id: cycles.id }).from(cycles).where(eq(cycles.slug, input.slug));
		if (taken) return { ok: false, error: 'slug_taken' } as const;
		const [created] = await tx
			.insert(cycles)
			.values({ ...columns, status: 'draft' })
			.returning();
		if (!created) throw new Error('cycle not created');
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'cycle.created',
			subjectType: 'cycle',
			subjectId: created.id,
			before: null,
			after: { ...cycleSettings(created), status: created.status }
		});
		return { ok: true, id: created.id, slug: created.slug } as const;
	});
}
