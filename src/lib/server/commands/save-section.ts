import type { Section } from '$lib/domain/questionnaire/definition';
import { itemValueFromForm } from '$lib/domain/questionnaire/form-values';
import { validateDraftAnswer } from '$lib/domain/questionnaire/validate';
import type { Actor } from '$lib/domain/response-access';
import { sameValue } from '$lib/domain/same-value';
import { revisionFromForm } from '$lib/domain/stored-integer';
import type { Database } from '../db';
import { valueAtRevision } from '../queries/response-for-city';
import type { CurrentAnswer, ResponseView } from '../queries/response-for-city';
import { saveAnswer } from './save-answer';

export interface SectionSaveOutcome {
	/** Field name → message key and params, for every answer that was not saved because of its value. */
	errors: Record<string, { message: string; params?: Record<string, string | number> }>;
	/** Item id → what someone else saved since the form was loaded. */
	conflicts: Record<string, CurrentAnswer>;
	/** Item id → its revision now, so the form can go on saving without a reload (autosave). */
	revisions: Record<string, number>;
	saved: number;
	forbidden: boolean;
}

/**
 * Saves every changed answer of one section from a submitted form. Valid answers are saved even when another
 * answer on the page is invalid, so nothing correct is lost while the person fixes the rest.
 */
export async function saveSection(
	db: Database,
	actor: Actor,
	view: ResponseView,
	section: Section,
	form: FormData
): Promise<SectionSaveOutcome> {
	const outcome: SectionSaveOutcome = {
		errors: {},
		conflicts: {},
		revisions: {},
		saved: 0,
		forbidden: false
	};
	const context = { cycleStartYear: view.context.cycleStartYear, cycleEndYear: view.context.cycleEndYear };
	for (const item of section.items) {
		if (item.type === 'attachments') continue;
		const current = view.answers[item.id];
		const baseRevision = revisionFromForm(form.get(`__rev.${item.id}`), current?.revision ?? 0);
		outcome.revisions[item.id] = current?.revision ?? 0;
		// A revision that is not a whole number in range names no saved version: nothing is saved for it.
		if (baseRevision === null) {
			outcome.errors[item.id] ??= { message: 'input.badRevision' };
			continue;
		}
		const raw = itemValueFromForm(item, form);
		const checked = validateDraftAnswer(item, raw, context);
		if (checked.ok && sameValue(checked.value, current?.value) && baseRevision === (current?.revision ?? 0))
			continue;

		const result = await saveAnswer(db, actor, {
			responseId: view.context.id,
			itemId: item.id,
			value: raw,
			baseRevision
		});
		if (result.ok) {
			outcome.revisions[item.id] = result.revision;
			outcome.saved += 1;
		} else if (result.reason === 'invalid') {
			for (const error of result.errors)
				outcome.errors[error.field] ??= { message: error.message, params: error.params };
		} else if (result.reason === 'conflict') {
			// Unchanged by this person since they loaded it: nothing to choose, the newer value simply stands.
			const loaded = await valueAtRevision(db, view.context.id, item.id, baseRevision);
			if (checked.ok && sameValue(checked.value, loaded)) {
				outcome.revisions[item.id] = result.current.revision;
				continue;
			}
			outcome.conflicts[item.id] = result.current;
		} else {
			outcome.forbidden = true;
		}
	}
	return outcome;
}
