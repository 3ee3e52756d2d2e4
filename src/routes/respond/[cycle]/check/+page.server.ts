import { fail, redirect } from '@sveltejs/kit';
import { localized } from '$lib/domain/questionnaire/definition';
import { missingRequired } from '$lib/domain/questionnaire/validate';
import { canCoordinate, canEditItem, canSeeSection, isEditable } from '$lib/domain/response-access';
import { submitResponse } from '$lib/server/commands/submit-response';
import { loadOwnResponse } from '$lib/server/respond-guard';
import { answersBySection } from '$lib/server/response-sections';
import { queriesForCity } from '$lib/server/review-for-city';
import type { Actions, PageServerLoad } from './$types';
import { textOf } from '$lib/server/i18n/shown-text';

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
	const queries = await queriesForCity(locals.app.db, actor, context, locals.locale);
	/**
	 * Where an entry can be fixed: a link when this person may open its section, otherwise the section's title
	 * and who has it (a contributor sees only the sections handed to them).
	 */
	const place = (sectionId: string) => {
		if (canSeeSection(actor, context, sectionId)) return { openable: true as const };
		const section = context.definition.sections.find((candidate) => candidate.id === sectionId);
		return {
			openable: false as const,
			sectionTitle: section ? localized(section.title, locals.locale) : sectionId,
			holder: view.sections[sectionId]?.assigneeName ?? null
		};
	};
	const editable = isEditable(context);
	const coordinator = canCoordinate(actor, context);
	return {
		/** Step two of submitting: what happens, and the button that does it. */
		confirmSubmit: editable && coordinator && url.searchParams.get('confirm') === 'submit',
		cycle: { slug: view.cycle.slug, name: view.cycle.name },
		answersPublic: view.cycle.cityAnswersPublic,
		state: context.state,
		editable,
		coordinator,
		sections: answersBySection(actor, view, locals.locale).map((section) => ({
			...section,
			items: section.items.map((entry) => ({
				...entry,
				// In a returned response only the queried items can change, so only they get a "Change" link.
				changeable: canEditItem(actor, context, section.id, entry.item.id)
			}))
		})),
		/** Queries sent back with a returned response that have no reply yet: resubmitting waits for them. */
		unanswered: queries
			.filter((query) => query.status === 'open' && !query.replied)
			.map(({ itemId, sectionId, question }) => ({ itemId, sectionId, question, ...place(sectionId) })),
		missing: missing.map((entry) => ({
			...entry,
			message: textOf(entry.message, locals.locale),
			question: titleOf(entry.itemId),
			...place(entry.sectionId)
		}))
	};
};

export const actions: Actions = {
	submit: async ({ locals, params, request, url }) => {
		const { actor, view } = await loadOwnResponse(locals, url, params.cycle);
		// Only from the confirmation, which says what submitting does; anything else is shown it first.
		if ((await request.formData()).get('confirmed') !== 'yes')
			redirect(303, `/respond/${params.cycle}/check?confirm=submit#confirm-submit`);
		const result = await submitResponse(
			{ db: locals.app.db, mailer: locals.app.mailer, origin: locals.app.config.ORIGIN ?? url.origin },
			actor,
			view.context.id
		);
		if (result.ok) redirect(303, `/respond/${params.cycle}?notice=submitted`);
		const status = result.reason === 'missing' || result.reason === 'unanswered' ? 422 : 403;
		return fail(status, { refusal: result.reason });
	}
};
