import { fail } from '@sveltejs/kit';
import { assignSectionSchema } from '$lib/domain/colleague-forms';
import { localized } from '$lib/domain/questionnaire/definition';
import { sectionProgress } from '$lib/domain/questionnaire/validate';
import { canCoordinate, canSeeSection, isEditable, responseLock } from '$lib/domain/response-access';
import { responseLanguageSchema } from '$lib/domain/questionnaire/answer-language-form';
import { assignSection } from '$lib/server/commands/assign-section';
import { setResponseLanguage } from '$lib/server/commands/set-response-language';
import { cityContributors } from '$lib/server/reads/city-people';
import { loadOwnResponse } from '$lib/server/respond-guard';
import { publicAnswersText } from '$lib/server/i18n/public-answers-text';
import { queriesForCity } from '$lib/server/review-for-city';
import { moduleTitleOf } from '$lib/domain/questionnaire/module-of';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';
import { lockText } from '$lib/server/i18n/lock-text';
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/domain/locale';

/** The response's and each section's state in words, made here so the page carries only the ones it shows. */
const responseStates = {
	accepted: m.state_accepted,
	in_progress: m.state_in_progress,
	invited: m.state_invited,
	returned: m.state_returned,
	submitted: m.state_submitted
};
const sectionStates = {
	completed: m.respond_sectionState_completed,
	in_progress: m.respond_sectionState_in_progress,
	not_started: m.respond_sectionState_not_started
};
const sectionStateText = (state: keyof typeof sectionStates, locale: Locale) =>
	sectionStates[state]({}, { locale });

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { actor, view } = await loadOwnResponse(locals, url, params.cycle);
	const { context } = view;
	const values = Object.fromEntries(Object.entries(view.answers).map(([id, answer]) => [id, answer.value]));
	const ctx = { cycleStartYear: context.cycleStartYear, cycleEndYear: context.cycleEndYear };
	const sections = context.definition.sections
		.filter((section) => canSeeSection(actor, context, section.id))
		.map((section) => {
			const progress = sectionProgress(section, values, ctx);
			const assignment = view.sections[section.id];
			const state = assignment?.completedAt
				? 'completed'
				: progress.answered > 0
					? 'in_progress'
					: 'not_started';
			return {
				id: section.id,
				title: localized(section.title, locals.locale),
				module: moduleTitleOf(context.definition, section, locals.locale),
				answered: progress.answered,
				total: section.items.length,
				state,
				stateText: sectionStateText(state, locals.locale),
				assigneeId: assignment?.assigneeId ?? null,
				assigneeName: assignment?.assigneeName ?? null
			};
		});
	const coordinator = canCoordinate(actor, context);
	const colleagues = coordinator ? await cityContributors(locals.app.db, context.cityId) : [];
	return {
		cycle: { slug: view.cycle.slug, name: view.cycle.name, deadline: view.cycle.deadline },
		/** Whether the city's own answers become public with the report (said before anything is typed). */
		answersPublic: view.cycle.cityAnswersPublic,
		publicAnswers: publicAnswersText(view.cycle.cityAnswersPublic, view.cycle.name, locals.locale),
		state: context.state,
		stateText: responseStates[context.state]({}, { locale: locals.locale }),
		extendedTo: context.extendedTo,
		/** Why the response cannot be changed now (null while it can), shown in plain words. */
		lock: lockText(responseLock(context), context.submittedAt?.toISOString() ?? null, locals.locale),
		queries: await queriesForCity(locals.app.db, actor, context, locals.locale),
		editable: isEditable(context),
		coordinator,
		/** The language the city writes in; before anyone chose or wrote, the reader's own is offered. */
		language: context.language,
		sections,
		colleagues,
		notice: url.searchParams.get('notice'),
		imported: url.searchParams.has('imported') ? Number(url.searchParams.get('imported')) || 0 : null
	};
};

export const actions = withShownTexts({
	assign: async ({ locals, params, request, url }) => {
		const { actor, view } = await loadOwnResponse(locals, url, params.cycle);
		const parsed = assignSectionSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(422, { assignError: true });
		const result = await assignSection(
			locals.app.db,
			actor,
			{
				responseId: view.context.id,
				sectionId: parsed.data.sectionId,
				assigneeId: parsed.data.assigneeId === '' ? null : parsed.data.assigneeId
			},
			{ mailer: locals.app.mailer, origin: locals.app.config.ORIGIN ?? url.origin }
		);
		if (!result.ok) return fail(result.reason === 'forbidden' ? 403 : 422, { assignError: true });
		return { assigned: parsed.data.sectionId };
	},

	language: async ({ locals, params, request, url }) => {
		const { actor, view } = await loadOwnResponse(locals, url, params.cycle);
		const parsed = responseLanguageSchema.safeParse((await request.formData()).get('language'));
		if (!parsed.success) return fail(422, { languageError: parsed.error.issues[0]!.message });
		const result = await setResponseLanguage(locals.app.db, actor, {
			responseId: view.context.id,
			language: parsed.data
		});
		if (!result.ok) return fail(403, { languageError: 'error.forbiddenTitle' });
		return { languageSet: parsed.data };
	}
} satisfies Actions);
