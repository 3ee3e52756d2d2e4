import { error, fail, redirect } from '@sveltejs/kit';
import { cityFields, cityInputSchema } from '$lib/domain/city';
import { fieldErrors, formValues } from '$lib/domain/forms';
import { translator } from '$lib/server/i18n/translator';
import { updateCity } from '$lib/server/commands/update-city';
import { requireSecretariat } from '$lib/server/guards';
import { cityBySlug } from '$lib/server/reads/city-records';
import { cityCoordinators } from '$lib/server/reads/cycle-coordinators';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const city = await cityBySlug(locals.app.db, params.slug);
	if (!city) error(404, translator(locals.locale)('error.notFoundTitle'));
	// The city's coordinators, and a form to invite one (it posts to ./coordinator).
	const coordinators = await cityCoordinators(locals.app.db, city.id);
	return { city, coordinators, invited: url.searchParams.get('invited') };
};

export const actions = withShownTexts({
	default: async ({ locals, params, request, url }) => {
		// Actions are not covered by the layout's load, so the check is repeated here.
		const actor = requireSecretariat(locals, url);
		const values = formValues(await request.formData(), cityFields);
		const parsed = cityInputSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const result = await updateCity(locals.app.db, actor.id, params.slug, parsed.data);
		if (!result.ok) error(404, translator(locals.locale)('error.notFoundTitle'));
		redirect(303, `/admin?saved=${encodeURIComponent(parsed.data.name)}`);
	}
} satisfies Actions);
