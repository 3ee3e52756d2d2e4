import { and, eq, ne } from 'drizzle-orm';
import { isCycleEditable } from '$lib/domain/cycle-lifecycle';
import type { CycleInput } from '$lib/domain/cycle-forms';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cycles } from '../db/schema';
import { freezeVersion } from '../questionnaire-versions/freeze';
import { cycleSettings, settingsColumns, type CycleSettingsError } from './create-cycle';

/**
 * Changes a draft cycle's settings. Once a cycle is open, cities rely on its dates and questionnaire, so the
 * change is refused; the questionnaire snapshot is taken again from the chosen version, which is frozen.
 */
export async function updateCycle(
	db: Database,
	actor: Pick<Actor, 'id' | 'role'>,
	cycleId: number,
	input: CycleInput
): Promise<
	{ ok: true; slug: string } | { ok: false; error: CycleSettingsError | 'not_found' | 'not_editable' }
> {
	if (actor.role !== 'secretariat') return { ok: false, error: 'forbidden' };
	return db.transaction(async (tx) => {
		const chosen = await settingsColumns(tx, input);
		if (!chosen) return { ok: false, error: 'unknown_version' } as const;
		if (!chosen.complete) return { ok: false, error: 'missing_translations' } as const;
		const { columns } = chosen;
		const [before] = await tx.select().from(cycles).where(eq(cycles.id, cycleId)).for('update');
		if (!before) return { ok: false, error: 'not_found' } as const;
		if (!isCycleEditable(before.status)) return { ok: false, error: 'not_editable' } as const;
		const [taken] = await tx
			.select({ id: cycles.id })
			.from(cycles)
			.where(and(eq(cycles.slug, input.slug), ne(cycles.id, cycleId)));
		if (taken) return { ok: false, error: 'slug_taken' } as const;
		const [after] = await tx
			.update(cycles)
			.set({ ...columns, updatedAt: new Date() })
			.where(eq(cycles.id, cycleId))
			.returning();
		if (!after) throw new Error('cycle not updated');
		await freezeVersion(tx, actor.id, columns.questionnaireVersion);
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'cycle.updated',
			subjectType: 'cycle',
			subjectId: cycleId,
			before: cycleSettings(before),
			after: cycleSettings(after)
		});
		return { ok: true, slug: after.slug } as const;
	});
}
