import { eq } from 'drizzle-orm';
import type { CycleInput } from '$lib/domain/cycle-forms';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cycles } from '../db/schema';
import { freezeVersion, storedDefinition } from '../questionnaire-versions/freeze';
import { missingRequiredTexts } from '$lib/domain/questionnaire-editor/translations';

export type CycleSettingsError = 'forbidden' | 'slug_taken' | 'unknown_version' | 'missing_translations';

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

/** The columns a settings form writes, with the snapshot of the chosen questionnaire version (from the table). */
export async function settingsColumns(db: Parameters<typeof storedDefinition>[0], input: CycleInput) {
	const stored = await storedDefinition(db, input.questionnaireVersion);
	if (!stored) return null;
	return {
		columns: { ...input, questionnaireVersion: stored.definition.version, questionnaire: stored.definition },
		// Creating the cycle freezes the version, so a version lacking required texts could never be completed.
		complete: missingRequiredTexts(stored.definition, stored.requiredLocales).length === 0
	};
}

/**
 * Creates a cycle as a draft: nothing is visible to cities until the secretariat opens it. The chosen
 * questionnaire version is frozen: the cycle's snapshot is what cities will answer.
 */
export async function createCycle(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	input: CycleInput
): Promise<{ ok: true; id: number; slug: string } | { ok: false; error: CycleSettingsError }> {
	if (actor.role !== 'secretariat') return { ok: false, error: 'forbidden' };
	return db.transaction(async (tx) => {
		const chosen = await settingsColumns(tx, input);
		if (!chosen) return { ok: false, error: 'unknown_version' } as const;
		if (!chosen.complete) return { ok: false, error: 'missing_translations' } as const;
		const { columns } = chosen;
		const [taken] = await tx.select({ id: cycles.id }).from(cycles).where(eq(cycles.slug, input.slug));
		if (taken) return { ok: false, error: 'slug_taken' } as const;
		const [created] = await tx
			.insert(cycles)
			.values({ ...columns, status: 'draft' })
			.returning();
		if (!created) throw new Error('cycle not created');
		await freezeVersion(tx, actor.id, columns.questionnaireVersion);
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
