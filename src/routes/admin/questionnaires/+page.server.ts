import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { copyQuestionnaireVersion } from '$lib/server/commands/copy-questionnaire-version';
import { requireSecretariat } from '$lib/server/guards';
import { listQuestionnaireVersions } from '$lib/server/reads/questionnaire-versions';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

const copyFields = ['source', 'version'] as const;
const copySchema = z.object({
	source: z.string().min(1, 'editor.chooseSource'),
	version: z
		.string()
		.trim()
		.regex(/^[a-z0-9-]+\.[0-9]+$/, 'editor.invalidVersionName')
});

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSecretariat(locals, url);
	return { versions: await listQuestionnaireVersions(locals.app.db) };
};

export const actions = withShownTexts({
	copy: async ({ locals, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const values = formValues(await request.formData(), copyFields);
		const parsed = copySchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const result = await copyQuestionnaireVersion(locals.app.db, actor, parsed.data);
		if (result.ok) redirect(303, `/admin/questionnaires/${result.version}`);
		const errors =
			result.error === 'version_taken'
				? fieldError('version', 'editor.versionTaken')
				: fieldError('source', 'editor.chooseSource');
		return fail(409, { values, errors });
	}
} satisfies Actions);
