import { m } from '$lib/paraglide/messages.js';
import { fail, redirect } from '@sveltejs/kit';
import { cycleFields, cycleInputSchema } from '$lib/domain/cycle-forms';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { defaultQuestionnaireVersion } from '$lib/domain/questionnaire/versions';
import { questionnaireVersionChoices } from '$lib/server/reads/questionnaire-versions';
import { createCycle } from '$lib/server/commands/create-cycle';
import { requireSecretariat } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

/**
 * The page's own words in the reader's language, made here: compiled into the page, each message would carry
 * all five languages.
 */
function pageTexts() {
	return {
		cycles_backToCycles: m.cycles_backToCycles(),
		cycles_createButton: m.cycles_createButton(),
		cycles_newLead: m.cycles_newLead(),
		cycles_newTitle: m.cycles_newTitle(),
		form_cancel: m.form_cancel(),
		cycles_cityAnswersPublic: m.cycles_cityAnswersPublic(),
		cycles_cityAnswersPublicHint: m.cycles_cityAnswersPublicHint(),
		cycles_dateHint: m.cycles_dateHint(),
		cycles_nameHint: m.cycles_nameHint(),
		cycles_note: m.cycles_note(),
		cycles_noteHint: m.cycles_noteHint(),
		cycles_opensOnHint: m.cycles_opensOnHint(),
		cycles_periodLegend: m.cycles_periodLegend(),
		cycles_publicLegend: m.cycles_publicLegend(),
		cycles_slugHint: m.cycles_slugHint(),
		cycles_version: m.cycles_version(),
		cycles_versionHint: m.cycles_versionHint(),
		cycles_name: m.cycles_name(),
		cycles_slug: m.cycles_slug(),
		cycles_periodStart: m.cycles_periodStart(),
		cycles_periodEnd: m.cycles_periodEnd(),
		cycles_opensOn: m.cycles_opensOn(),
		cycles_deadline: m.cycles_deadline()
	};
}

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSecretariat(locals, url);
	return {
		texts: pageTexts(),
		versions: await questionnaireVersionChoices(locals.app.db),
		defaultVersion: defaultQuestionnaireVersion
	};
};

export const actions = withShownTexts({
	default: async ({ locals, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const values = formValues(await request.formData(), cycleFields);
		const parsed = cycleInputSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const result = await createCycle(locals.app.db, actor, parsed.data);
		if (!result.ok) {
			const errors =
				result.error === 'slug_taken'
					? fieldError('slug', 'cycles.slugTaken')
					: result.error === 'missing_translations'
						? fieldError('questionnaireVersion', 'editor.versionLacksTexts')
						: fieldError('questionnaireVersion', 'cycles.invalidVersion');
			return fail(result.error === 'slug_taken' ? 409 : 422, { values, errors });
		}
		redirect(303, `/admin/cycles/${result.slug}`);
	}
} satisfies Actions);
