import { fail, redirect } from '@sveltejs/kit';
import { localized } from '$lib/domain/questionnaire/definition';
import { missingRequired } from '$lib/domain/questionnaire/validate';
import { canCoordinate, isEditable } from '$lib/domain/response-access';
import { submitResponse } from '$lib/server/commands/submit-response';
import { loadOwnResponse } from '$lib/server/respond-guard';
import { answersBySection } from '$lib/server/response-sections';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { actor, view } = await loadOwnResponse(locals, url, params.cycle);
	const { context } = view;
	const values = Object.fromEntries(Object.entries(view.answers).map(([id, answer]) => [id, answer.value]));
	const missing = missingRequired(context.definition, values, {
		cycleStartYear: context.cycleStartYear,
		cycleEndYear: context.cycleEndYear
	});
	const titleOf = (itemId: string) => {
		for (const section of context.definition.sections) {
			const item = section.items.find((candidate) => candidate.id === itemId);
			if (item) return localized(item.label, locals.locale);
		}
		return itemId;
	};
	return {
		cycle: { slug: view.cycle.slug, name: view.cycle.name },
		editable: isEditable(context),
		coordinator: canCoordinate(actor, context),
		sections: answersBySection(actor, view, locals.locale),
		missing: missing.map((entry) => ({ ...entry, question: titleOf(entry.itemId) }))
	};
};

export const actions: Actions = {
	submit: async ({ locals, params, url }) => {
		const { actor, view } = await loadOwnResponse(locals, url, params.cycle);
		const result = await submitResponse(
			{ db: locals.app.db, mailer: locals.app.mailer, origin: locals.app.config.ORIGIN ?? url.origin },
			actor,
			view.context.id
		);
		if (result.ok) redirect(303, `/respond/${params.cycle}?notice=submitted`);
		return fail(result.reason === 'missing' ? 422 : 403, { refused: result.reason });
	}
};
