import { error, fail, redirect } from '@sveltejs/kit';
import { formFieldsFromValue } from '$lib/domain/questionnaire/form-values';
import { localized } from '$lib/domain/questionnaire/definition';
import { canCoordinate, canEditSection, canSeeSection } from '$lib/domain/response-access';
import { translator } from '$lib/i18n';
import { completeSection } from '$lib/server/commands/complete-section';
import { saveAnswer } from '$lib/server/commands/save-answer';
import { saveSection } from '$lib/server/commands/save-section';
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
		editable: canEditSection(actor, view.context, section.id),
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
		if (!section.items.some((item) => item.id === itemId) || previous === undefined || previous === null) {
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
	}
};
