import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { fieldErrors } from '$lib/domain/forms';
import { withEnglish } from '$lib/domain/questionnaire-editor/text-slots';
import { addItem, updateSection } from '$lib/domain/questionnaire-editor/edits';
import { translator } from '$lib/server/i18n/translator';
import { questionTypes } from '$lib/question-types/registry';
import { editQuestionnaireVersion } from '$lib/server/commands/edit-questionnaire-version';
import { requireSecretariat } from '$lib/server/guards';
import { editRefused, seenRevision, versionOrNotFound } from '$lib/server/questionnaire-version-form';
import { newItem } from '../../new-item';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const stored = await versionOrNotFound(locals, params.version);
	const section = stored.definition.sections.find((s) => s.id === params.section);
	if (!section) error(404, translator(locals.locale)('error.notFoundTitle'));
	return { stored, section, types: Object.keys(questionTypes) };
};

const sectionSchema = z.object({
	title: z.string().trim().min(1, 'editor.titleRequired'),
	intro: z.string().trim(),
	module: z.string().trim()
});
const itemSchema = z.object({
	itemType: z.enum(Object.keys(questionTypes) as [keyof typeof questionTypes], 'editor.chooseType'),
	itemId: z
		.string()
		.trim()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'editor.invalidId'),
	itemLabel: z.string().trim().min(1, 'editor.labelRequired')
});
const text = (form: FormData, names: readonly string[]) =>
	Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? '')]));

export const actions = withShownTexts({
	save: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const form = await request.formData();
		const values = text(form, ['title', 'intro', 'module']);
		const parsed = sectionSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const { title, intro, module } = parsed.data;
		const result = await editQuestionnaireVersion(
			locals.app.db,
			actor,
			params.version,
			seenRevision(form),
			(d) =>
				updateSection(d, params.section, ({ module: _module, intro: before, ...section }) => ({
					...section,
					title: withEnglish(section.title, title),
					...(intro ? { intro: withEnglish(before, intro) } : {}),
					...(module ? { module } : {})
				})),
			{ kind: 'sectionChanged', detail: { section: params.section } }
		);
		if (!result.ok) return editRefused(result, 'title', values);
		return { done: 'saved' };
	},
	addItem: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const form = await request.formData();
		const values = text(form, ['itemType', 'itemId', 'itemLabel']);
		const parsed = itemSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const { itemType, itemId, itemLabel } = parsed.data;
		const result = await editQuestionnaireVersion(
			locals.app.db,
			actor,
			params.version,
			seenRevision(form),
			(d) => addItem(d, params.section, newItem(itemType, itemId, itemLabel)),
			{ kind: 'itemAdded', detail: { item: itemId, type: itemType, section: params.section } }
		);
		if (!result.ok) return editRefused(result, 'itemId', values);
		redirect(303, `/admin/questionnaires/${params.version}/items/${itemId}?added=1`);
	}
} satisfies Actions);
