import { fail, redirect } from '@sveltejs/kit';
import { cycleFields, cycleInputSchema } from '$lib/domain/cycle-forms';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { defaultQuestionnaireVersion } from '$lib/domain/questionnaire/versions';
import { questionnaireVersionChoices } from '$lib/server/reads/questionnaire-versions';
import { createCycle } from '$lib/server/commands/create-cycle';
import { requireSecretariat } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSecretariat(locals, url);
	return {
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
