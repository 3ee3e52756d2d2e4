import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { localized } from '$lib/domain/questionnaire/definition';
import type { Locale } from '$lib/domain/locale';
import { isEditable } from '$lib/domain/response-access';
import type { Database } from '../db';
import { cycles, invitations, responses, user } from '../db/schema';
import { responseContext } from './response-context';

/** The accounts of one city, by name, for its people page. */
export function cityAccounts(db: Database, cityId: number) {
	return db
		.select({ name: user.name, email: user.email, role: user.role })
		.from(user)
		.where(eq(user.cityId, cityId))
		.orderBy(asc(user.name));
}

/** Invitations to one city not accepted yet and still valid at `now`, oldest first. */
export function pendingCityInvitations(db: Database, cityId: number, now = new Date()) {
	return db
		.select({ name: invitations.name, email: invitations.email, role: invitations.role })
		.from(invitations)
		.where(
			and(eq(invitations.cityId, cityId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now))
		)
		.orderBy(asc(invitations.createdAt));
}

/** A city's contributors, whom its coordinator can assign sections to. */
export function cityContributors(db: Database, cityId: number) {
	return db
		.select({ id: user.id, name: user.name })
		.from(user)
		.where(and(eq(user.cityId, cityId), eq(user.role, 'contributor')));
}

/** Sections of the city's responses that can still be handed over: open cycles, responses still editable. */
export async function handOverChoices(db: Database, cityId: number, locale: Locale) {
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
