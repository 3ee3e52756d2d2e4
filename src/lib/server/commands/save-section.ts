import type { Section } from '$lib/domain/questionnaire/definition';
import { itemValueFromForm } from '$lib/domain/questionnaire/form-values';
import { checkDraftAnswer } from '$lib/domain/questionnaire/validate';
import { writesFreeText } from '$lib/domain/questionnaire/answer-language';
import { answerLanguageFromForm } from '$lib/domain/questionnaire/answer-language-form';
import type { Actor } from '$lib/domain/response-access';
import { sameValue } from '$lib/domain/same-value';
import { eq } from 'drizzle-orm';
import { revisionFromForm } from '$lib/domain/stored-integer';
import type { Database } from '../db';
import { user } from '../db/schema';
import { valueAtRevision } from '../reads/response-for-city';
import type { CurrentAnswer, ResponseView } from '../reads/response-for-city';
import { saveAnswer } from './save-answer';

export interface SectionSaveOutcome {
	/** Field name → message key and params, for every answer that was not saved because of its value. */
	errors: Record<string, { message: string; params?: Record<string, string | number> }>;
	/** Item id → what someone else saved since the form was loaded (`updatedBy` is their name). */
	conflicts: Record<string, CurrentAnswer>;
	/**
	 * Item id → what someone else saved since the form was loaded, for items this person had not changed: the
	 * newer value stands, and the page must show it before it may take its revision.
	 */
	refreshed: Record<string, CurrentAnswer>;
	/** Item id → its revision now, for the items in the request, so the form can go on saving (autosave). */
	revisions: Record<string, number>;
	saved: number;
	forbidden: boolean;
}

/**
 * Saves every changed answer of one section from a submitted form. Valid answers are saved even when another
 * answer on the page is invalid, so nothing correct is lost while the person fixes the rest.
 *
 * An item is in the request when its revision field `__rev.<item>` is: an item the request leaves out is not
 * touched. (Its own fields cannot say so: a checkbox group with nothing ticked sends nothing at all.)
 */
export async function saveSection(
	db: Database,
	actor: Actor,
	view: ResponseView,
	section: Section,
	form: FormData,
	/** The saving person's interface language: the response's language if it has none yet. */
	writerLocale?: string
): Promise<SectionSaveOutcome> {
	const outcome: SectionSaveOutcome = {
		errors: {},
		conflicts: {},
		refreshed: {},
		revisions: {},
		saved: 0,
		forbidden: false
	};
	const context = { cycleStartYear: view.context.cycleStartYear, cycleEndYear: view.context.cycleEndYear };
	for (const item of section.items) {
		if (item.type === 'attachments') continue;
		if (!form.has(`__rev.${item.id}`)) continue;
		const current = view.answers[item.id];
		const baseRevision = revisionFromForm(form.get(`__rev.${item.id}`), current?.revision ?? 0);
		outcome.revisions[item.id] = current?.revision ?? 0;
		// A revision that is not a whole number in range names no saved version: nothing is saved for it.
		if (baseRevision === null) {
			outcome.errors[item.id] ??= { message: 'input.badRevision' };
			continue;
		}
		// Validated here, once: saveAnswer stores the checked value without validating it again.
		const checked = checkDraftAnswer(item, itemValueFromForm(item, form), context);
		if (!checked.ok) {
			for (const error of checked.errors)
				outcome.errors[error.field] ??= { message: error.message, params: error.params };
			continue;
		}
		// Only items where the city writes sentences carry a language; others keep none.
		const language = writesFreeText(item) ? answerLanguageFromForm(form, item.id) : undefined;
		const sameLanguage = language === undefined || language === (current?.language ?? null);
		if (
			sameValue(checked.checked.value, current?.value) &&
			sameLanguage &&
			baseRevision === (current?.revision ?? 0)
		)
			continue;

		const result = await saveAnswer(db, actor, {
			responseId: view.context.id,
			itemId: item.id,
			checked: checked.checked,
			language,
			writerLocale,
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
			const theirs = { ...result.current, updatedBy: await personName(db, result.current.updatedBy) };
			if (sameValue(checked.checked.value, loaded)) {
				outcome.revisions[item.id] = result.current.revision;
				outcome.refreshed[item.id] = theirs;
				continue;
			}
			outcome.conflicts[item.id] = theirs;
		} else {
			outcome.forbidden = true;
		}
	}
	return outcome;
}

/** The name people know a colleague by; answers record the account id. */
async function personName(db: Database, accountId: string | null): Promise<string | null> {
	if (!accountId) return null;
	const [row] = await db.select({ name: user.name }).from(user).where(eq(user.id, accountId));
	return row?.name ?? null;
}
