import { error, fail, redirect } from '@sveltejs/kit';
import { inviteSchema } from '$lib/domain/account-forms';
import { fieldErrors, formValues } from '$lib/domain/forms';
import { translator } from '$lib/server/i18n/translator';
import { invitePerson } from '$lib/server/commands/invite-person';
import { requireSecretariat } from '$lib/server/guards';
import { cityBySlug } from '$lib/server/reads/city-records';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

/**
 * Inviting a coordinator for one city. The form sits on the city's page and posts here; this page shows it
 * alone only when something typed needs correcting.
 */
async function findCity(locals: App.Locals, slug: string) {
	const city = await cityBySlug(locals.app.db, slug);
	if (!city) error(404, translator(locals.locale)('error.notFoundTitle'));
	return { id: city.id, name: city.name, slug: city.slug };
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	return { city: await findCity(locals, params.slug) };
};

export const actions = withShownTexts({
	default: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const city = await findCity(locals, params.slug);
		const values = formValues(await request.formData(), ['coordinatorName', 'coordinatorEmail']);
		const parsed = inviteSchema.safeParse({
			name: values.coordinatorName,
			email: values.coordinatorEmail,
			role: 'coordinator',
			cityId: String(city.id)
		});
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error);
			return fail(422, {
				values,
				errors: {
					...(errors.name ? { coordinatorName: errors.name } : {}),
					...(errors.email ? { coordinatorEmail: errors.email } : {})
				}
			});
		}
		const result = await invitePerson(
			{
				db: locals.app.db,
				mailer: locals.app.mailer,
				origin: locals.app.config.ORIGIN ?? url.origin,
				locale: locals.locale
			},
			actor.id,
			parsed.data
		);
		if (!result.ok) return fail(409, { values, errors: { coordinatorEmail: 'admin.alreadyUser' } });
		redirect(303, `/admin/cities/${city.slug}?invited=${encodeURIComponent(parsed.data.email)}#coordinators`);
	}
} satisfies Actions);
