import { error, fail, redirect } from '@sveltejs/kit';
import { formFieldsFromValue } from '$lib/domain/questionnaire/form-values';
import { localized } from '$lib/domain/questionnaire/definition';
import { isShown, missingRequired, requirementOf } from '$lib/domain/questionnaire/validate';
import { canCoordinate, canEditSection, responseLock } from '$lib/domain/response-access';
import { replySchema } from '$lib/domain/review';
import { maxUploadBytes, megabytes } from '$lib/files/uploads';
import { translator } from '$lib/server/i18n/translator';
import { attachFile } from '$lib/server/commands/attach-file';
import { completeSection } from '$lib/server/commands/complete-section';
import { removeAttachment } from '$lib/server/commands/remove-attachment';
import { replyToQuery } from '$lib/server/commands/reply-to-query';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { saveSection } from '$lib/server/commands/save-section';
import { queriesForCity } from '$lib/server/review-for-city';
import {
	attachmentsItemOf,
	editablePart,
	fileOutcome,
	fileRefused,
	locked,
	replyField,
	sectionOf,
	shownConflicts,
	shownFields,
	typedFields,
	typedReplies
} from './section-form';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';
import { lockText } from '$lib/server/i18n/lock-text';
import { questionTexts } from '$lib/server/i18n/question-texts';
import { answerSummary } from '$lib/question-types/summaries';
import { publicAnswersText } from '$lib/server/i18n/public-answers-text';
import { answerPageTexts } from './answer-texts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { actor, view, section } = await sectionOf(locals, url, params.cycle, params.section);
	const coordinator = canCoordinate(actor, view.context);
	const queries = (await queriesForCity(locals.app.db, actor, view.context, locals.locale)).filter(
		(query) => query.sectionId === section.id
	);
	const editableItems = editablePart(actor, view, section).items.map((item) => item.id);
	const saved = Object.fromEntries(Object.entries(view.answers).map(([id, answer]) => [id, answer.value]));
	const labelOf = (itemId: string) => {
		for (const candidate of view.context.definition.sections) {
			const item = candidate.items.find((one) => one.id === itemId);
			if (item) return localized(item.label, locals.locale);
		}
		return itemId;
	};
	// A question whose shownWhen the saved answers do not meet is not on the page; its saved answer is kept
	// (a save touches only the questions it posts). Without JavaScript it appears once its trigger is saved.
	const shownItems = section.items.filter((item) => isShown(item, saved));
	// A query on a question an answer has since hidden still needs its reply (submitting waits for it), so its
	// thread stays on the page, after the questions, saying why the question itself is not there.
	const hiddenQueried = section.items
		.filter((item) => !shownItems.includes(item) && queries.some((query) => query.itemId === item.id))
		.map((item) => ({ id: item.id, label: localized(item.label, locals.locale) }));
	/** What this section still needs before the response can be submitted, from the saved answers. */
	const missing = missingRequired({ ...view.context.definition, sections: [section] }, saved, {
		cycleStartYear: view.context.cycleStartYear,
		cycleEndYear: view.context.cycleEndYear
	}).map((entry) => ({ itemId: entry.itemId, field: entry.field, label: labelOf(entry.itemId) }));
	const notice = url.searchParams.get('notice');
	const editable = canEditSection(
		actor,
		view.context,
		section.id,
		section.items.map((item) => item.id)
	);
	const filesHref = `/respond/${view.cycle.slug}/files`;
	return {
		/** The page's fixed words in the reader's language (answer-texts.ts). */
		texts: answerPageTexts({ notice, missingCount: missing.length }, locals.locale),
		missing,
		/** The questions' fixed words in the reader's language (one language, not five compiled ones). */
		questionTexts: questionTexts(locals.locale),
		/** Each question says whether it must be answered before submitting. */
		requirements: Object.fromEntries(
			shownItems.map((item) => {
				const requirement = requirementOf(item, saved);
				return [
					item.id,
					requirement.kind === 'depends'
						? { kind: requirement.kind, on: labelOf(requirement.on) }
						: requirement
				];
			})
		),
		state: view.context.state,
		/** Why nothing here can change now (null while the response is open for this person). */
		lock: lockText(
			responseLock(view.context),
			view.context.submittedAt?.toISOString() ?? null,
			locals.locale
		),
		threads: Object.fromEntries(
			queries.map((query) => [
				query.itemId,
				{
					messages: query.messages,
					replyable: query.status === 'open' && editableItems.includes(query.itemId),
					replied: query.replied
				}
			])
		),
		cycle: { slug: view.cycle.slug, name: view.cycle.name },
		answersPublic: view.cycle.cityAnswersPublic,
		publicAnswers: publicAnswersText(view.cycle.cityAnswersPublic, view.cycle.name, locals.locale),
		responseId: view.context.id,
		/** The language the city writes in, which each free-text answer may override. */
		responseLanguage: view.context.language,
		section: { id: section.id, title: localized(section.title, locals.locale), intro: section.intro ?? null },
		items: shownItems,
		hiddenQueried,
		/** Some questions here depend on other answers: the page says more may appear after saving. */
		conditional: section.items.some((item) => item.shownWhen),
		editable,
		/** In a returned response only the queried items can change; otherwise this is every item or none. */
		editableItems,
		completed: Boolean(view.sections[section.id]?.completedAt),
		submittedAt: view.context.submittedAt?.toISOString() ?? null,
		answers: Object.fromEntries(
			shownItems.map((item) => {
				const answer = view.answers[item.id];
				return [
					item.id,
					{
						value: answer?.value ?? null,
						language: answer?.language ?? null,
						fields: formFieldsFromValue(item, answer?.value ?? null),
						revision: answer?.revision ?? 0,
						lastSaved: answer ? { name: answer.updatedBy, at: answer.updatedAt.toISOString() } : null
					}
				];
			})
		),
		/** Items shown as text rather than inputs, as their summaries read (the browser has no summary code). */
		summaries: Object.fromEntries(
			shownItems
				.filter((item) => !editable || !editableItems.includes(item.id))
				.map((item) => [
					item.id,
					// Files link only where this person may still work on the response.
					answerSummary(
						item,
						view.answers[item.id]?.value ?? null,
						locals.locale,
						editable ? filesHref : null
					)
				])
		),
		previous: view.previous
			? {
					cycle: view.previous.cycleName,
					answers: Object.fromEntries(
						shownItems.map((item) => {
							const value = view.previous?.answers[item.id] ?? null;
							return [
								item.id,
								{
									summary: answerSummary(item, value, locals.locale),
									// Files belong to the response they were uploaded to: the previous cycle's cannot be copied.
									copyable: value !== null && item.type !== 'attachments'
								}
							];
						})
					)
				}
			: null,
		historyBase: coordinator ? `/respond/${view.cycle.slug}/history` : null,
		notice
	};
};

export const actions = withShownTexts({
	save: async ({ locals, params, request, url }) => {
		const { actor, view, section } = await sectionOf(locals, url, params.cycle, params.section);
		const form = await request.formData();
		const editable = editablePart(actor, view, section);
		// Closed meanwhile (the deadline passed, or it was submitted): the page now says why.
		if (editable.items.length === 0) return locked(form);
		const outcome = await saveSection(locals.app.db, actor, view, editable, form, locals.locale);
		if (outcome.forbidden) error(403, translator(locals.locale)('error.forbiddenTitle'));
		const problems = Object.keys(outcome.errors).length + Object.keys(outcome.conflicts).length;
		if (problems > 0) {
			return fail(422, {
				fields: shownFields(form, section, outcome.refreshed),
				errors: outcome.errors,
				conflicts: shownConflicts(outcome.conflicts, section, form),
				refreshed: shownConflicts(outcome.refreshed, section),
				revisions: outcome.revisions,
				replies: typedReplies(form)
			});
		}
		if (form.get('then') === 'back') redirect(303, `/respond/${params.cycle}`);
		return {
			saved: outcome.saved,
			revisions: outcome.revisions,
			// Autosave shows these before it takes their revisions.
			refreshed: shownConflicts(outcome.refreshed, section),
			at: new Date().toISOString(),
			// A reply typed but not sent stays in its box: Save does not send it.
			replies: typedReplies(form)
		};
	},

	copyPrevious: async ({ locals, params, request, url }) => {
		const { actor, view, section } = await sectionOf(locals, url, params.cycle, params.section);
		const form = await request.formData();
		// Whatever else was typed on the page is saved first, so copying one answer loses nothing.
		const outcome = await saveSection(
			locals.app.db,
			actor,
			view,
			editablePart(actor, view, section),
			form,
			locals.locale
		);
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
			baseRevision: outcome.revisions[itemId] ?? view.answers[itemId]?.revision ?? 0,
			source: 'copy_previous'
		});
		if (!result.ok && result.reason === 'forbidden')
			error(403, translator(locals.locale)('error.forbiddenTitle'));
		redirect(303, `/respond/${params.cycle}/${params.section}?notice=copied#q-${itemId}`);
	},

	reply: async ({ locals, params, request, url }) => {
		const { actor, view, section } = await sectionOf(locals, url, params.cycle, params.section);
		const form = await request.formData();
		const itemId = String(form.get('replyItem') ?? '');
		const editable = editablePart(actor, view, section);
		if (!editable.items.some((item) => item.id === itemId)) return locked(form);
		// The answers typed on the page are saved first, so replying loses nothing; the reply goes only once
		// they saved cleanly, so the person sees any problem before the secretariat does.
		const outcome = await saveSection(locals.app.db, actor, view, editable, form, locals.locale);
		const parsed = replySchema.safeParse({ itemId, body: String(form.get(replyField(itemId)) ?? '') });
		const conflicts = Object.keys(outcome.conflicts).length > 0;
		if (!parsed.success || conflicts || Object.keys(outcome.errors).length > 0) {
			const errors: Record<string, { message: string }> = { ...outcome.errors };
			if (!parsed.success) errors[`reply-${itemId}`] = { message: parsed.error.issues[0]!.message };
			return fail(422, {
				fields: shownFields(form, section, outcome.refreshed),
				errors,
				conflicts: shownConflicts(outcome.conflicts, section, form),
				revisions: outcome.revisions,
				replies: typedReplies(form)
			});
		}
		const result = await replyToQuery(locals.app.db, actor, {
			responseId: view.context.id,
			itemId,
			body: parsed.data.body
		});
		if (!result.ok) return locked(form);
		redirect(303, `/respond/${params.cycle}/${params.section}?notice=replied#thread-${itemId}`);
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
} satisfies Actions);
