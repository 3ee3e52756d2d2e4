import { error, fail } from '@sveltejs/kit';
import { colleagueInviteSchema } from '$lib/domain/colleague-forms';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { translator } from '$lib/server/i18n/translator';
import { inviteColleague } from '$lib/server/commands/invite-colleague';
import { requireUser } from '$lib/server/guards';
import { cityAccounts, handOverChoices, pendingCityInvitations } from '$lib/server/reads/city-people';
import { cityById } from '$lib/server/reads/city-records';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

function cityPerson(locals: App.Locals, url: URL) {
	const person = requireUser(locals, url);
	if ((person.role !== 'coordinator' && person.role !== 'contributor') || person.cityId === null)
		error(403, translator(locals.locale)('error.forbiddenTitle'));
	return { id: person.id, role: person.role, cityId: person.cityId };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = cityPerson(locals, url);
	const { db } = locals.app;
	const city = await cityById(db, actor.cityId);
	const people = await cityAccounts(db, actor.cityId);
	const pending = await pendingCityInvitations(db, actor.cityId);
	const coordinator = actor.role === 'coordinator';
	return {
		city: city?.name ?? '',
		coordinator,
		people,
		pending,
		choices: coordinator ? await handOverChoices(db, actor.cityId, locals.locale) : []
	};
};

export const actions = withShownTexts({
	invite: async ({ locals, request, url }) => {
		const actor = cityPerson(locals, url);
		const values = formValues(await request.formData(), ['name', 'email', 'handOver']);
		const parsed = colleagueInviteSchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const result = await inviteColleague(
			{
				db: locals.app.db,
				mailer: locals.app.mailer,
				origin: locals.app.config.ORIGIN ?? url.origin,
				locale: locals.locale
			},
			actor,
			{ ...parsed.data, role: 'contributor', cityId: actor.cityId }
		);
		if (result.ok) return { invited: parsed.data.email };
		if (result.reason === 'forbidden')
			return fail(403, { values, errors: fieldError('name', 'cityPeople.forbidden') });
		if (result.reason === 'section_unavailable')
			return fail(409, { values, errors: fieldError('handOver', 'cityPeople.sectionUnavailable') });
		const message =
			result.reason === 'already_invited' ? 'cityPeople.alreadyInvited' : 'cityPeople.alreadyUser';
		return fail(409, { values, errors: fieldError('email', message) });
	}
} satisfies Actions);
