import { m } from '$lib/paraglide/messages.js';
import { error, redirect } from '@sveltejs/kit';
import { writesFreeText } from '$lib/domain/questionnaire/answer-language';
import { localized } from '$lib/domain/questionnaire/definition';
import { canCoordinate, canEditItem } from '$lib/domain/response-access';
import { storedId } from '$lib/domain/stored-integer';
import { translator } from '$lib/server/i18n/translator';
import { restoreAnswer } from '$lib/server/commands/restore-answer';
import { answerHistoryOf } from '$lib/server/reads/response-for-city';
import { findItem } from '$lib/server/reads/response-context';
import { loadOwnResponse } from '$lib/server/respond-guard';
import type { Actions, PageServerLoad } from './$types';

async function itemOf(locals: App.Locals, url: URL, cycle: string, itemId: string) {
	const own = await loadOwnResponse(locals, url, cycle);
	// The history shows every colleague's words, so it is the coordinator's to read.
	if (!canCoordinate(own.actor, own.view.context))
		error(403, m.error_forbiddenTitle({}, { locale: locals.locale }));
	const found = findItem(own.view.context.definition, itemId);
	if (!found) error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
	return { ...own, ...found };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { actor, view, item, section } = await itemOf(locals, url, params.cycle, params.item);
	const history = await answerHistoryOf(locals.app.db, view.context.id, item.id);
	return {
		cycle: { slug: view.cycle.slug, name: view.cycle.name },
		section: { id: section.id },
		item,
		question: localized(item.label, locals.locale),
		/** Each earlier text is marked with its language: its own at that revision, else the response's. */
		freeText: writesFreeText(item),
		responseLanguage: view.context.language,
		// In a returned response only the queried items can be restored.
		editable: canEditItem(actor, view.context, section.id, item.id),
		history: history.map((entry) => ({ ...entry, changedAt: entry.changedAt.toISOString() })),
		restored: url.searchParams.has('restored')
	};
};

export const actions: Actions = {
	restore: async ({ locals, params, request, url }) => {
		const { actor, view, item } = await itemOf(locals, url, params.cycle, params.item);
		const parsed = storedId.safeParse((await request.formData()).get('historyId'));
		if (!parsed.success) error(400, translator(locals.locale)('error.notFoundTitle'));
		const result = await restoreAnswer(locals.app.db, actor, {
			responseId: view.context.id,
			itemId: item.id,
			historyId: parsed.data
		});
		if (!result.ok && result.reason === 'forbidden')
			error(403, translator(locals.locale)('error.forbiddenTitle'));
		redirect(303, `/respond/${params.cycle}/history/${item.id}?restored`);
	}
};
