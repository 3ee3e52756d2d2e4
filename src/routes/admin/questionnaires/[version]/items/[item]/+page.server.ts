import { m } from '$lib/paraglide/messages.js';
import { error, fail, redirect } from '@sveltejs/kit';
import { itemFormValues, itemFormValuesFrom, itemFromForm } from '$lib/domain/questionnaire-editor/item-form';
import { replaceItem } from '$lib/domain/questionnaire-editor/edits';
import { itemsOf, localized } from '$lib/domain/questionnaire/definition';
import { translator } from '$lib/server/i18n/translator';
import { typeOf } from '$lib/question-types/registry';
import { editQuestionnaireVersion } from '$lib/server/commands/edit-questionnaire-version';
import { requireSecretariat } from '$lib/server/guards';
import { editRefused, seenRevision, versionOrNotFound } from '$lib/server/questionnaire-version-form';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

async function findItem(locals: App.Locals, version: string, itemId: string) {
	const stored = await versionOrNotFound(locals, version);
	const found = itemsOf(stored.definition).find(({ item }) => item.id === itemId);
	if (!found) error(404, translator(locals.locale)('error.notFoundTitle'));
	return { stored, ...found };
}

/**
 * The page's own words in the reader's language, made here: compiled into the page, each message would carry
 * all five languages.
 */
function pageTexts() {
	return {
		editor_coreExplained: m.editor_coreExplained(),
		editor_frozenLead: m.editor_frozenLead(),
		editor_itemAdded: m.editor_itemAdded(),
		editor_accept: m.editor_accept(),
		editor_commitment: m.editor_commitment(),
		editor_commitmentHint: m.editor_commitmentHint(),
		editor_conditionHint: m.editor_conditionHint(),
		editor_conditionItem: m.editor_conditionItem(),
		editor_conditionValues: m.editor_conditionValues(),
		editor_idHint: m.editor_idHint(),
		editor_integer: m.editor_integer(),
		editor_itemHint: m.editor_itemHint(),
		editor_itemLabel: m.editor_itemLabel(),
		editor_itemRequired: m.editor_itemRequired(),
		editor_listFields: m.editor_listFields(),
		editor_listFieldsHint: m.editor_listFieldsHint(),
		editor_max: m.editor_max(),
		editor_maxBytes: m.editor_maxBytes(),
		editor_maxFiles: m.editor_maxFiles(),
		editor_maxLength: m.editor_maxLength(),
		editor_maxRows: m.editor_maxRows(),
		editor_meaningHint: m.editor_meaningHint(),
		editor_meaningNew: m.editor_meaningNew(),
		editor_min: m.editor_min(),
		editor_multiline: m.editor_multiline(),
		editor_newId: m.editor_newId(),
		editor_noCondition: m.editor_noCondition(),
		editor_options: m.editor_options(),
		editor_optionsHint: m.editor_optionsHint(),
		editor_saveItemButton: m.editor_saveItemButton(),
		editor_shownWhenHint: m.editor_shownWhenHint(),
		editor_shownWhenItem: m.editor_shownWhenItem(),
		editor_shownWhenValues: m.editor_shownWhenValues(),
		editor_unit: m.editor_unit(),
		editor_withSource: m.editor_withSource(),
		editor_withYear: m.editor_withYear()
	};
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const { stored, section, item } = await findItem(locals, params.version, params.item);
	// A condition can test a rating's rating or a choice's value: the items whose type gives such values.
	const conditionTargets = itemsOf(stored.definition)
		.filter(({ item: other }) => other.id !== item.id && typeOf(other).triggerValues)
		.map(({ item: other }) => ({ id: other.id, label: localized(other.label, locals.locale) }));
	return {
		texts: pageTexts(),
		stored,
		section: { id: section.id, title: section.title },
		item,
		values: itemFormValues(item),
		conditionTargets,
		added: url.searchParams.has('added'),
		renamedFrom: url.searchParams.get('from')
	};
};

export const actions = withShownTexts({
	save: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const { item } = await findItem(locals, params.version, params.item);
		const form = await request.formData();
		const values = itemFormValuesFrom(form);
		const read = itemFromForm(values, item);
		if (!read.ok) return fail(422, { values, errors: read.errors });
		const result = await editQuestionnaireVersion(
			locals.app.db,
			actor,
			params.version,
			seenRevision(form),
			(d) => replaceItem(d, item.id, read.item),
			{
				kind: 'itemChanged',
				detail: { item: item.id, ...(read.keptId ? { keptId: true } : { newId: read.item.id }) }
			}
		);
		if (!result.ok) return editRefused(result, 'label', values);
		if (!read.keptId)
			redirect(303, `/admin/questionnaires/${params.version}/items/${read.item.id}?from=${item.id}`);
		return { done: 'saved', keptId: true };
	}
} satisfies Actions);
