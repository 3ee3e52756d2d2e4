import { fail } from '@sveltejs/kit';
import { inviteSchema } from '$lib/domain/account-forms';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { invitePerson } from '$lib/server/commands/invite-person';
import { requireSecretariat } from '$lib/server/guards';
import { adminPeople, cityChoices } from '$lib/server/reads/admin-overview';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

export const load: PageServerLoad = async ({ locals }) => ({
	...(await adminPeople(locals.app.db)),
	cities: await cityChoices(locals.app.db)
});

export const actions = withShownTexts({
	invite: async ({ locals, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const values = formValues(await request.formData(), ['name', 'email', 'role', 'cityId']);
		const parsed = inviteSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
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
		if (!result.ok) return fail(409, { values, errors: fieldError('email', 'admin.alreadyUser') });
		return { invited: parsed.data.email };
	}
} satisfies Actions);
