import { m } from '$lib/paraglide/messages.js';
import { error, fail } from '@sveltejs/kit';
import { extensionFields, extensionSchema } from '$lib/domain/cycle-forms';
import { todayForDeadlines } from '$lib/domain/cycle-lifecycle';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { translator } from '$lib/server/i18n/translator';
import { grantExtension } from '$lib/server/commands/grant-extension';
import { requireSecretariat } from '$lib/server/guards';
import { cycleBySlug } from '$lib/server/reads/cycle-by-slug';
import { cycleExtensions } from '$lib/server/reads/cycle-extensions';
import { invitedCities } from '$lib/server/reads/cycle-invitations';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const cycle = await cycleBySlug(locals.app.db, params.cycle);
	if (!cycle) error(404, translator(locals.locale)('error.notFoundTitle'));
	return {
		cycle,
		extensions: await cycleExtensions(locals.app.db, cycle.id),
		cities: cycle.status === 'open' ? await invitedCities(locals.app.db, cycle.id) : []
	};
};

export const actions = withShownTexts({
	default: async ({ locals, params, request, url }) => {
		const actor = requireSecretariat(locals, url);
		const cycle = await cycleBySlug(locals.app.db, params.cycle);
		if (!cycle) error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
		const values = formValues(await request.formData(), extensionFields);
		const parsed = extensionSchema({ deadline: cycle.deadline, today: todayForDeadlines() }).safeParse(
			values
		);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const result = await grantExtension(
			{ db: locals.app.db, mailer: locals.app.mailer, origin: locals.app.config.ORIGIN ?? url.origin },
			actor,
			cycle.id,
			parsed.data
		);
		if (result.ok)
			return { granted: { city: result.city, date: parsed.data.extendedTo, mails: result.mailsSent } };
		const errors =
			result.reason === 'invalid_date'
				? fieldError('extendedTo', result.message)
				: result.reason === 'not_invited'
					? fieldError('cityId', 'cycles.notInvited')
					: fieldError('cityId', 'cycles.extensionsNotOpen');
		return fail(409, { values, errors });
	}
} satisfies Actions);
