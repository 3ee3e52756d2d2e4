import { error, fail } from '@sveltejs/kit';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { colleagueInviteSchema } from '$lib/domain/colleague-forms';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { localized } from '$lib/domain/questionnaire/definition';
import { isEditable } from '$lib/domain/response-access';
import { translator } from '$lib/i18n';
import { inviteColleague } from '$lib/server/commands/invite-colleague';
import type { Database } from '$lib/server/db';
import { cities, cycles, invitations, responses, user } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/guards';
import { responseContext } from '$lib/server/reads/response-context';
import type { Actions, PageServerLoad } from './$types';

function cityPerson(locals: App.Locals, url: URL) {
	const person = requireUser(locals, url);
	if ((person.role !== 'coordinator' && person.role !== 'contributor') || person.cityId === null)
		error(403, translator(locals.locale)('error.forbiddenTitle'));
	return { id: person.id, role: person.role, cityId: person.cityId };
}

/** Sections of the city's responses that can still be handed over: open cycles, responses still editable. */
async function handOverChoices(db: Database, cityId: number, locale: App.Locals['locale']) {
	const rows = await db
		.select({ id: responses.id })
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(and(eq(responses.cityId, cityId), eq(cycles.status, 'open')))
		.orderBy(asc(cycles.periodStart));
	const choices = [];
	for (const row of rows) {
		const context = await responseContext(db, row.id);
		if (!context || !isEditable(context)) continue;
		const [cycle] = await db.select({ name: cycles.name }).from(cycles).where(eq(cycles.id, context.cycleId));
		choices.push({
			responseId: row.id,
			cycle: cycle?.name ?? context.cycleSlug,
			sections: context.definition.sections.map((section) => ({
				id: section.id,
				title: localized(section.title, locale),
				holder: context.assignees[section.id] ?? null
			}))
		});
	}
	return choices;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = cityPerson(locals, url);
	const { db } = locals.app;
	const [city] = await db.select({ name: cities.name }).from(cities).where(eq(cities.id, actor.cityId));
	const people = await db
		.select({ name: user.name, email: user.email, role: user.role })
		.from(user)
		.where(eq(user.cityId, actor.cityId))
		.orderBy(asc(user.name));
	const pending = await db
		.select({ name: invitations.name, email: invitations.email, role: invitations.role })
		.from(invitations)
		.where(
			and(
				eq(invitations.cityId, actor.cityId),
				isNull(invitations.acceptedAt),
				gt(invitations.expiresAt, new Date())
			)
		)
		.orderBy(asc(invitations.createdAt));
	const coordinator = actor.role === 'coordinator';
	return {
		city: city?.name ?? '',
		coordinator,
		people,
		pending,
		choices: coordinator ? await handOverChoices(db, actor.cityId, locals.locale) : []
	};
};

export const actions: Actions = {
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
};
