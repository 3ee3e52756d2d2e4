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

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const { stored, section, item } = await findItem(locals, params.version, params.item);
	// A condition can test a rating's rating or a choice's value: the items whose type gives such values.
	const conditionTargets = itemsOf(stored.definition)
		.filter(({ item: other }) => other.id !== item.id && typeOf(other).triggerValues)
		.map(({ item: other }) => ({ id: other.id, label: localized(other.label, locals.locale) }));
	return {
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
