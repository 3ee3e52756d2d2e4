import { error, fail, redirect } from '@sveltejs/kit';
import { formFieldsFromValue } from '$lib/domain/questionnaire/form-values';
import { localized, type Section } from '$lib/domain/questionnaire/definition';
import type { AnswerError } from '$lib/domain/questionnaire/validate';
import { canCoordinate, canEditItem, canEditSection, canSeeSection } from '$lib/domain/response-access';
import { maxUploadBytes, megabytes } from '$lib/files/uploads';
import { translator, type MessageKey } from '$lib/i18n';
import { attachFile, type AttachmentChangeResult } from '$lib/server/commands/attach-file';
import { completeSection } from '$lib/server/commands/complete-section';
import { removeAttachment } from '$lib/server/commands/remove-attachment';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { saveSection } from '$lib/server/commands/save-section';
import type { ResponseView } from '$lib/server/queries/response-for-city';
import { loadOwnResponse } from '$lib/server/respond-guard';
import type { Actions, PageServerLoad } from './$types';

async function sectionOf(locals: App.Locals, url: URL, cycle: string, sectionId: string) {
	const own = await loadOwnResponse(locals, url, cycle);
	const section = own.view.context.definition.sections.find((candidate) => candidate.id === sectionId);
	const t = translator(locals.locale);
	if (!section) error(404, t('error.notFoundTitle'));
	if (!canSeeSection(own.actor, own.view.context, section.id)) error(403, t('error.forbiddenTitle'));
	return { ...own, section };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { actor, view, section } = await sectionOf(locals, url, params.cycle, params.section);
	const coordinator = canCoordinate(actor, view.context);
	return {
		cycle: { slug: view.cycle.slug, name: view.cycle.name },
		responseId: view.context.id,
		section: { id: section.id, title: localized(section.title, locals.locale), intro: section.intro ?? null },
		items: section.items,
		editable: canEditSection(
			actor,
			view.context,
			section.id,
			section.items.map((item) => item.id)
		),
		/** In a returned response only the queried items can change; otherwise this is every item or none. */
		editableItems: section.items
			.filter((item) => canEditItem(actor, view.context, section.id, item.id))
			.map((item) => item.id),
		completed: Boolean(view.sections[section.id]?.completedAt),
		submittedAt: view.context.submittedAt?.toISOString() ?? null,
		answers: Object.fromEntries(
			section.items.map((item) => {
				const answer = view.answers[item.id];
				return [
					item.id,
					{
						value: answer?.value ?? null,
						fields: formFieldsFromValue(item, answer?.value ?? null),
						revision: answer?.revision ?? 0,
						lastSaved: answer ? { name: answer.updatedBy, at: answer.updatedAt.toISOString() } : null
					}
				];
			})
		),
		previous: view.previous
			? {
					cycle: view.previous.cycleName,
					answers: Object.fromEntries(
						section.items.map((item) => [item.id, view.previous?.answers[item.id] ?? null])
					)
				}
			: null,
		historyBase: coordinator ? `/respond/${view.cycle.slug}/history` : null,
		notice: url.searchParams.get('notice')
	};
};

/** The submitted text of every field, to put back into the form after a failed save. */
function typedFields(form: FormData): Record<string, string | string[]> {
	const fields: Record<string, string | string[]> = {};
	for (const [name, value] of form) {
		if (typeof value !== 'string' || name.startsWith('__')) continue;
		const before = fields[name];
		fields[name] = before === undefined ? value : [before, value].flat();
	}
	return fields;
}

/**
 * The attachments item a file form is for. Its id travels in the action's address (`?/upload&item=…`), not
 * in the body: a body too large to read must still say which question to show the error at.
 */
function attachmentsItemOf(locals: App.Locals, section: Section, url: URL) {
	const itemId = url.searchParams.get('item');
	const item = section.items.find((candidate) => candidate.id === itemId);
	if (!item || item.type !== 'attachments') error(404, translator(locals.locale)('error.notFoundTitle'));
	return item;
}

/**
 * A refused upload or removal, shaped like a failed save so the page's error summary shows it. The other
 * questions get their saved values back: an empty `fields` would show them blank, and saving that blanks them.
 */
function fileRefused(
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
function fileOutcome(
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
	const t = translator(locals.locale);
	if (result.reason === 'forbidden') error(403, t('error.forbiddenTitle'));
	error(404, t('error.notFoundTitle'));
}

export const actions: Actions = {
	save: async ({ locals, params, request, url }) => {
		const { actor, view, section } = await sectionOf(locals, url, params.cycle, params.section);
		const form = await request.formData();
		const outcome = await saveSection(locals.app.db, actor, view, section, form);
		if (outcome.forbidden) error(403, translator(locals.locale)('error.forbiddenTitle'));
		const problems = Object.keys(outcome.errors).length + Object.keys(outcome.conflicts).length;
		if (problems > 0) {
			return fail(422, {
				fields: typedFields(form),
				errors: outcome.errors,
				conflicts: Object.fromEntries(
					Object.entries(outcome.conflicts).map(([id, c]) => [
						id,
						{ value: c.value, revision: c.revision, at: c.updatedAt.toISOString(), by: c.updatedBy }
					])
				),
				revisions: outcome.revisions
			});
		}
		if (form.get('then') === 'back') redirect(303, `/respond/${params.cycle}`);
		return { saved: outcome.saved, revisions: outcome.revisions, at: new Date().toISOString() };
	},

	copyPrevious: async ({ locals, params, request, url }) => {
		const { actor, view, section } = await sectionOf(locals, url, params.cycle, params.section);
		const form = await request.formData();
		// Whatever else was typed on the page is saved first, so copying one answer loses nothing.
		const outcome = await saveSection(locals.app.db, actor, view, section, form);
		const itemId = String(form.get('copyItem') ?? '');
		const previous = view.previous?.answers[itemId];
		// Files belong to the response they were uploaded to, so attachments are never copied.
		const copyable = section.items.some((item) => item.id === itemId && item.type !== 'attachments');
		if (!copyable || previous === undefined || previous === null) {
			return fail(422, {
				fields: typedFields(form),
				errors: outcome.errors,
				conflicts: {},
				revisions: outcome.revisions
			});
		}
		const result = await saveAnswer(locals.app.db, actor, {
			responseId: view.context.id,
			itemId,
			value: previous,
			baseRevision: outcome.revisions[itemId] ?? 0,
			source: 'copy_previous'
		});
		if (!result.ok && result.reason === 'forbidden')
			error(403, translator(locals.locale)('error.forbiddenTitle'));
		redirect(303, `/respond/${params.cycle}/${params.section}?notice=copied#q-${itemId}`);
	},

	complete: async ({ locals, params, request, url }) => {
		const { actor, view, section } = await sectionOf(locals, url, params.cycle, params.section);
		const completed = (await request.formData()).get('completed') === 'true';
		const result = await completeSection(locals.app.db, actor, {
			responseId: view.context.id,
			sectionId: section.id,
			completed
		});
		if (!result.ok) error(403, translator(locals.locale)('error.forbiddenTitle'));
		redirect(303, completed ? `/respond/${params.cycle}` : `/respond/${params.cycle}/${params.section}`);
	},

	upload: async ({ locals, params, request, url }) => {
		const { actor, view, section } = await sectionOf(locals, url, params.cycle, params.section);
		const item = attachmentsItemOf(locals, section, url);
		// A body over BODY_SIZE_LIMIT cannot be read at all: say how large a file may be.
		const file = await request
			.formData()
			.then((form) => form.get('file'))
			.catch(() => undefined);
		if (file === undefined)
			return fileRefused(
				view,
				section,
				item.id,
				{ message: 'respond.uploadTooLarge', params: { maxMb: megabytes(maxUploadBytes) } },
				413
			);
		// Without a chosen file the browser still sends the field, as an empty file with an empty name.
		if (!(file instanceof File) || (file.size === 0 && file.name === ''))
			return fileRefused(view, section, item.id, { message: 'respond.chooseFile' });
		if (file.size === 0)
			return fileRefused(view, section, item.id, {
				message: 'respond.fileEmpty',
				params: { name: file.name }
			});

		const result = await attachFile(locals.app.db, locals.app.files, actor, {
			responseId: view.context.id,
			itemId: item.id,
			name: file.name,
			// A file over the limit is refused by attachFile without being stored; reading it costs at most
			// BODY_SIZE_LIMIT, which the request already cost.
			data: new Uint8Array(await file.arrayBuffer())
		});
		if (!result.ok) return fileOutcome(locals, view, section, item.id, result);
		redirect(303, `/respond/${params.cycle}/${params.section}?notice=uploaded#q-${item.id}`);
	},

	removeFile: async ({ locals, params, request, url }) => {
		const { actor, view, section } = await sectionOf(locals, url, params.cycle, params.section);
		const item = attachmentsItemOf(locals, section, url);
		const fileId = String((await request.formData()).get('fileId') ?? '');
		const result = await removeAttachment(locals.app.db, actor, {
			responseId: view.context.id,
			itemId: item.id,
			fileId
		});
		// Already gone (removed in another tab, say): what the person wanted is done.
		const gone = !result.ok && result.reason === 'not_found';
		if (!result.ok && !gone) return fileOutcome(locals, view, section, item.id, result);
		redirect(303, `/respond/${params.cycle}/${params.section}?notice=removed#q-${item.id}`);
	}
};
