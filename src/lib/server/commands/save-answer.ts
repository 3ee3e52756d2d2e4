import { and, eq, sql } from 'drizzle-orm';
import {
	validateDraftAnswer,
	type CheckedAnswer,
	type ValidationError
} from '$lib/domain/questionnaire/validate';
import { canEditItem, type Actor } from '$lib/domain/response-access';
import type { Database } from '../db';
import { answers, responses } from '../db/schema';
import { findItem, lockedResponseContext } from '../reads/response-context';
import { recordActivity, writeAnswer } from '../write-answer';

/**
 * The value to save: as it came (`value`, validated here), or already validated for this item by the caller
 * (`checked`, from checkDraftAnswer), so an answer is validated once per save.
 */
export type SaveAnswerInput = {
	responseId: number;
	itemId: string;
	/** The revision the person's form was loaded with; 0 when the item had no answer yet. */
	baseRevision: number;
	source?: 'save' | 'restore' | 'copy_previous' | 'import';
	/** The answer's own language (null: the response's); left out, it keeps the one it has. */
	language?: string | null;
	/**
	 * The interface language of the city person saving: the response takes it as its language when it has
	 * none yet, since the first person to write in it most likely writes in the language they read.
	 */
	writerLocale?: string;
} & ({ value: unknown } | { checked: CheckedAnswer });

export interface StoredAnswer {
	value: unknown;
	language: string | null;
	revision: number;
	updatedBy: string | null;
	updatedAt: Date;
}

export type SaveAnswerResult =
	| { ok: true; revision: number; value: unknown }
	| { ok: false; reason: 'invalid'; errors: ValidationError[] }
	| { ok: false; reason: 'conflict'; current: StoredAnswer }
	| { ok: false; reason: 'forbidden' | 'not_found' };

/**
 * Saves one item's value. Refused when the person may not edit that section, when the value breaks the
 * item's rules, or when someone saved the item since the person loaded it (then both versions go back to
 * the person to choose). Every accepted value is also written to the history.
 */
export async function saveAnswer(
	db: Database,
	actor: Actor,
	input: SaveAnswerInput
): Promise<SaveAnswerResult> {
	return db.transaction(async (tx) => {
		const context = await lockedResponseContext(tx, input.responseId);
		if (!context) return { ok: false, reason: 'not_found' } as const;
		const found = findItem(context.definition, input.itemId);
		if (!found) return { ok: false, reason: 'not_found' } as const;
		if (!canEditItem(actor, context, found.section.id, input.itemId))
			return { ok: false, reason: 'forbidden' } as const;

		const checked =
			'checked' in input && input.checked.itemId === input.itemId
				? { ok: true as const, value: input.checked.value }
				: validateDraftAnswer(found.item, 'value' in input ? input.value : input.checked.value, {
						cycleStartYear: context.cycleStartYear,
						cycleEndYear: context.cycleEndYear
					});
		if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors } as const;

		const [current] = await tx
			.select()
			.from(answers)
			.where(and(eq(answers.responseId, input.responseId), eq(answers.itemId, input.itemId)));
		const currentRevision = current?.revision ?? 0;
		if (currentRevision !== input.baseRevision) {
			return {
				ok: false,
				reason: 'conflict',
				current: {
					value: current?.value ?? null,
					language: current?.language ?? null,
					revision: currentRevision,
					updatedBy: current?.updatedBy ?? null,
					updatedAt: current?.updatedAt ?? new Date(0)
				}
			} as const;
		}

		const revision = currentRevision + 1;
		const now = new Date();
		await writeAnswer(tx, {
			responseId: input.responseId,
			itemId: input.itemId,
			value: checked.value,
			revision,
			language: input.language,
			source: input.source ?? 'save',
			actorId: actor.id,
			at: now
		});
		if (input.writerLocale)
			await tx
				.update(responses)
				.set({ language: sql`coalesce(${responses.language}, ${input.writerLocale})` })
				.where(eq(responses.id, input.responseId));
		await recordActivity(tx, context, actor.id, now);
		return { ok: true, revision, value: checked.value } as const;
	});
}
