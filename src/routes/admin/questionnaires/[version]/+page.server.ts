import { m } from '$lib/paraglide/messages.js';
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { fieldErrors } from '$lib/domain/forms';
import { locales, type Locale } from '$lib/domain/locale';
import {
	addModule,
	addSection,
	moveItem,
	moveSection,
	removeItem,
	removeSection
} from '$lib/domain/questionnaire-editor/edits';
import { missingByLocale } from '$lib/domain/questionnaire-editor/translations';
import { questionTypes } from '$lib/question-types/registry';
import { editQuestionnaireVersion } from '$lib/server/commands/edit-questionnaire-version';
import { setRequiredLanguages } from '$lib/server/commands/set-required-languages';
import { requireSecretariat } from '$lib/server/guards';
import { editRefused, seenRevision, versionOrNotFound } from '$lib/server/questionnaire-version-form';
import { newItem } from './new-item';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

/**
 * The page's own words in the reader's language, made here: compiled into the page, each message would carry
 * all five languages.
 */
function pageTexts() {
	return {
		editor_backToList: m.editor_backToList(),
		editor_diffWithSource: m.editor_diffWithSource(),
		editor_draftLead: m.editor_draftLead(),
		editor_frozenLead: m.editor_frozenLead(),
		editor_listTitle: m.editor_listTitle(),
		editor_modulesTitle: m.editor_modulesTitle(),
		editor_outlineTitle: m.editor_outlineTitle(),
		editor_previewLink: m.editor_previewLink(),
		editor_saved: m.editor_saved(),
		editor_translationsLink: m.editor_translationsLink(),
		editor_addModuleButton: m.editor_addModuleButton(),
		editor_addModuleLead: m.editor_addModuleLead(),
		editor_addModuleTitle: m.editor_addModuleTitle(),
		editor_idHint: m.editor_idHint(),
		editor_moduleId: m.editor_moduleId(),
		editor_moduleTitle: m.editor_moduleTitle(),
		editor_languageComplete: m.editor_languageComplete(),
		editor_languagesButton: m.editor_languagesButton(),
		editor_languagesLegend: m.editor_languagesLegend(),
		editor_languagesTitle: m.editor_languagesTitle(),
		editor_translateLink: m.editor_translateLink(),
		editor_addSectionButton: m.editor_addSectionButton(),
		editor_addSectionTitle: m.editor_addSectionTitle(),
		editor_firstItemId: m.editor_firstItemId(),
		editor_firstItemLabel: m.editor_firstItemLabel(),
		editor_firstItemType: m.editor_firstItemType(),
		editor_noModule: m.editor_noModule(),
		editor_sectionId: m.editor_sectionId(),
		editor_sectionModule: m.editor_sectionModule(),
		editor_sectionTitle: m.editor_sectionTitle()
	};
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const stored = await versionOrNotFound(locals, params.version);
	const missing = missingByLocale(stored.definition);
	return {
		texts: pageTexts(),
		stored,
		moved: url.searchParams.get('moved'),
		missingCounts: locales.map((locale) => ({ locale, count: missing[locale].length })),
		types: Object.keys(questionTypes)
	};
};

const kebab = z
	.string()
	.trim()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'editor.invalidId');
const idSchema = z.object({ id: z.string().trim().min(1) });
const moveSchema = idSchema.extend({ step: z.enum(['-1', '1']).transform(Number) });
const moduleSchema = z.object({
	moduleId: kebab,
	moduleTitle: z.string().trim().min(1, 'editor.titleRequired')
});
const sectionSchema = z.object({
	sectionId: kebab,
	sectionTitle: z.string().trim().min(1, 'editor.titleRequired'),
	sectionModule: z.string().trim(),
	itemType: z.enum(Object.keys(questionTypes) as [keyof typeof questionTypes], 'editor.chooseType'),
	itemId: kebab,
	itemLabel: z.string().trim().min(1, 'editor.labelRequired')
});

const text = (form: FormData, names: readonly string[]) =>
	Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? '')]));

const outlineEdits = {
	section: { move: moveSection, remove: removeSection, unknown: 'editor.unknownSection' },
	item: { move: moveItem, remove: removeItem, unknown: 'editor.unknownItem' }
} as const;

/**
 * Moving or removing a section or a question from the outline: the same form (an id, and a step for a move),
 * the same refusals and an audit entry naming what changed. A move comes back to the moved row in a long
 * outline, where the next step of the move is.
 */
function outlineEdit(target: 'section' | 'item', operation: 'move' | 'remove') {
	return async ({ locals, params, request, url }: RequestEvent) => {
		const actor = requireSecretariat(locals, url);
		const form = await request.formData();
		const edits = outlineEdits[target];
		const parsed =
			operation === 'move'
				? moveSchema.safeParse(text(form, ['id', 'step']))
				: idSchema.safeParse(text(form, ['id']));
		if (!parsed.success) return fail(422, { values: {}, errors: { outline: edits.unknown } });
		const { id } = parsed.data;
		const step = 'step' in parsed.data ? (parsed.data.step as -1 | 1) : null;
		const result = await editQuestionnaireVersion(
			locals.app.db,
			actor,
			params.version,
			seenRevision(form),
			(d) => (step === null ? edits.remove(d, id) : edits.move(d, id, step)),
			{
				kind: `${target}${step === null ? 'Removed' : 'Moved'}`,
				detail: { [target]: id, ...(step === null ? {} : { step }) }
			}
		);
		if (!result.ok) return editRefused(result, 'outline', {});
		if (step === null) return { done: 'removed' };
		redirect(303, `/admin/questionnaires/${params.version}?moved=${id}#${target}-${id}`);
	};
}

export const actions = withShownTexts({
	addModule: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const form = await request.formData();
		const values = text(form, ['moduleId', 'moduleTitle']);
		const parsed = moduleSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const { moduleId, moduleTitle } = parsed.data;
		const result = await editQuestionnaireVersion(
			locals.app.db,
			actor,
			params.version,
			seenRevision(form),
			(d) => addModule(d, { id: moduleId, title: { en: moduleTitle } }),
			{ kind: 'moduleAdded', detail: { module: moduleId } }
		);
		if (!result.ok) return editRefused(result, 'moduleId', values);
		return { done: 'moduleAdded' };
	},
	addSection: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const form = await request.formData();
		const values = text(form, [
			'sectionId',
			'sectionTitle',
			'sectionModule',
			'itemType',
			'itemId',
			'itemLabel'
		]);
		const parsed = sectionSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const input = parsed.data;
		const result = await editQuestionnaireVersion(
			locals.app.db,
			actor,
			params.version,
			seenRevision(form),
			(d) =>
				addSection(d, {
					id: input.sectionId,
					title: { en: input.sectionTitle },
					...(input.sectionModule ? { module: input.sectionModule } : {}),
					items: [newItem(input.itemType, input.itemId, input.itemLabel)]
				}),
			{ kind: 'sectionAdded', detail: { section: input.sectionId, module: input.sectionModule || null } }
		);
		if (!result.ok) return editRefused(result, 'sectionId', values);
		redirect(303, `/admin/questionnaires/${params.version}/sections/${input.sectionId}`);
	},
	moveSection: outlineEdit('section', 'move'),
	removeSection: outlineEdit('section', 'remove'),
	moveItem: outlineEdit('item', 'move'),
	removeItem: outlineEdit('item', 'remove'),
	languages: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const form = await request.formData();
		const chosen = z.array(z.enum(locales)).catch([]).parse(form.getAll('required')) as Locale[];
		const result = await setRequiredLanguages(
			locals.app.db,
			actor,
			params.version,
			seenRevision(form),
			chosen
		);
		if (!result.ok) return editRefused(result, 'required-en', {});
		return { done: 'languages' };
	}
} satisfies Actions);
