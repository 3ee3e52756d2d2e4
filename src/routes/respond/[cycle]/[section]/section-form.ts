import { m } from '$lib/paraglide/messages.js';
import { error, fail } from '@sveltejs/kit';
import { formFieldsFromValue, itemValueFromForm } from '$lib/domain/questionnaire/form-values';
import type { Section } from '$lib/domain/questionnaire/definition';
import type { AnswerError } from '$lib/domain/questionnaire/validate';
import { canEditItem, canSeeSection, type Actor } from '$lib/domain/response-access';
import { type MessageKey } from '$lib/i18n';
import type { AttachmentChangeResult } from '$lib/server/files/attachments-item';
import type { SectionSaveOutcome } from '$lib/server/commands/save-section';
import type { ResponseView } from '$lib/server/reads/response-for-city';
import { loadOwnResponse } from '$lib/server/respond-guard';

/** What the section page's actions share: finding the section, reading the form, shaping refusals. */

export async function sectionOf(locals: App.Locals, url: URL, cycle: string, sectionId: string) {
	const own = await loadOwnResponse(locals, url, cycle);
	const section = own.view.context.definition.sections.find((candidate) => candidate.id === sectionId);
	if (!section) error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
	if (!canSeeSection(own.actor, own.view.context, section.id))
		error(403, m.error_forbiddenTitle({}, { locale: locals.locale }));
	return { ...own, section };
}

/**
 * The part of a section this person may change now: every item, or in a returned response only the queried
 * ones. Saving goes through these alone, so read-only items shown on the page are never sent or saved.
 */
export function editablePart(actor: Actor, view: ResponseView, section: Section): Section {
	return {
		...section,
		items: section.items.filter((item) => canEditItem(actor, view.context, section.id, item.id))
	};
}

/** The reply typed under each query, named `__reply.<item>` so it is never read as an answer. */
export const replyField = (itemId: string) => `__reply.${itemId}`;
export function typedReplies(form: FormData): Record<string, string> {
	const replies = new Map<string, string>();
	for (const [name, value] of form) {
		if (name.startsWith('__reply.') && typeof value === 'string') replies.set(name.slice(8), value);
	}
	return Object.fromEntries(replies);
}

/** The submitted text of every field, to put back into the form after a failed save. */
export function typedFields(form: FormData): Record<string, string | string[]> {
	// A Map, not an object: a field named `constructor` or `toString` must not find Object's own members.
	const fields = new Map<string, string | string[]>();
	for (const [name, value] of form) {
		if (typeof value !== 'string' || name.startsWith('__')) continue;
		const before = fields.get(name);
		fields.set(name, before === undefined ? value : [before, value].flat());
	}
	return Object.fromEntries(fields);
}

/** Nothing on this page can change now: shown like a failed save, and the page shows the reason. */
export function locked(form: FormData) {
	return fail(403, {
		fields: typedFields(form),
		errors: { 'section-form': { message: 'review.lockedSave' } },
		conflicts: {},
		revisions: {},
		replies: typedReplies(form)
	});
}

/**
 * The attachments item a file form is for. Its id travels in the action's address (`?/upload&item=…`), not
 * in the body: a body too large to read must still say which question to show the error at.
 */
export function attachmentsItemOf(locals: App.Locals, section: Section, url: URL) {
	const itemId = url.searchParams.get('item');
	const item = section.items.find((candidate) => candidate.id === itemId);
	if (!item || item.type !== 'attachments') error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
	return item;
}

/**
 * A refused upload or removal, shaped like a failed save so the page's error summary shows it. The other
 * questions get their saved values back: an empty `fields` would show them blank, and saving that blanks them.
 */
export function fileRefused(
	view: ResponseView,
	section: Section,
	itemId: string,
	problem: { message: MessageKey | AnswerError['message']; params?: AnswerError['params'] },
	status = 422
) {
	const fields = Object.assign(
		{},
		...section.items.map((item) => formFieldsFromValue(item, view.answers[item.id]?.value ?? null))
	) as Record<string, string | string[]>;
	const shown = problem.params
		? { message: problem.message, params: problem.params }
		: { message: problem.message };
	return fail(status, { fields, errors: { [itemId]: shown }, conflicts: {}, revisions: {} });
}

/** What the page says when a file command did not go through (forbidden and not found end the request). */
export function fileOutcome(
	locals: App.Locals,
	view: ResponseView,
	section: Section,
	itemId: string,
	result: AttachmentChangeResult & { ok: false }
) {
	if (result.reason === 'conflict')
		return fileRefused(view, section, itemId, { message: 'respond.filesConflict' });
	if (result.reason === 'invalid')
		return fileRefused(view, section, itemId, result.errors[0] ?? { message: 'answer.invalid' });
	if (result.reason === 'forbidden') error(403, m.error_forbiddenTitle({}, { locale: locals.locale }));
	error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
}

/**
 * The fields to show after a refused save: what was typed, except for the items the person had not changed
 * and a colleague has saved meanwhile. Those go back with the colleague's revision, so they must show the
 * colleague's value: the typed (older) text beside the newer revision would overwrite it on the next save.
 */
export function shownFields(form: FormData, section: Section, refreshed: SectionSaveOutcome['refreshed']) {
	const fields = typedFields(form);
	for (const item of section.items) {
		const newer = refreshed[item.id];
		if (!newer) continue;
		for (const name of Object.keys(fields))
			if (name === item.id || name.startsWith(`${item.id}.`)) delete fields[name];
		Object.assign(fields, formFieldsFromValue(item, newer.value));
	}
	return fields;
}

/**
 * What someone else saved meanwhile, per item (`by` is their name), as the page shows it next to the person's
 * own version. `fields` are their value as form fields, for the page to put into the form when the person keeps
 * theirs; with the posted `form`, `mine` is the person's own version as posted. Both are read here, so the
 * page needs the question types' form code only once the person types beside a conflict (it loads it then).
 */
export function shownConflicts(
	conflicts: SectionSaveOutcome['conflicts'],
	section: Section,
	form?: FormData
) {
	return Object.fromEntries(
		Object.entries(conflicts).flatMap(([id, c]) => {
			const item = section.items.find((candidate) => candidate.id === id);
			if (!item) return [];
			const shown = {
				value: c.value,
				fields: formFieldsFromValue(item, c.value),
				revision: c.revision,
				at: c.updatedAt.toISOString(),
				by: c.updatedBy
			};
			if (!form) return [[id, shown]];
			// The revision the person's version was typed against: with JavaScript, the page stands on it again
			// until the person chooses, so a later plain Save cannot overwrite theirs unasked.
			const base = Number(form.get(`__rev.${id}`));
			const mine = itemValueFromForm(item, form);
			return [[id, Number.isInteger(base) ? { ...shown, mine, base } : { ...shown, mine }]];
		})
	);
}
