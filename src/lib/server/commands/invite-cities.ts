import { and, eq, inArray } from 'drizzle-orm';
import { questionnaireSchema } from '$lib/domain/questionnaire/definition';
import { requiredTally } from '$lib/domain/questionnaire/validate';
import type { Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import { invitationMail, respondUrl } from '../cycle-mails';
import type { Database } from '../db';
import { cities, cycles, responses } from '../db/schema';
import type { Mailer } from '../mail';
import { defaultLocale } from '$lib/domain/locale';
import { coordinatorsOf, pendingCoordinatorsOf } from '../reads/cycle-coordinators';

interface CityRef {
	id: number;
	name: string;
	slug: string;
}

export type InviteCitiesResult =
	| {
			ok: true;
			invited: CityRef[];
			/** Ticked cities that were invited before: left as they are, not invited (or e-mailed) again. */
			alreadyInvited: CityRef[];
			mailsSent: number;
			/**
			 * Invited cities whose only coordinators have not accepted their account invitation yet: the cycle's
			 * e-mail went to the invited address, and accepting leads them to the questionnaire.
			 */
			pendingCoordinator: CityRef[];
			/** Invited cities nobody could be told about: the secretariat must invite a coordinator. */
			withoutCoordinator: CityRef[];
	  }
	| { ok: false; reason: 'forbidden' | 'not_found' | 'not_open' | 'unknown_city' };

/**
 * Invites cities to an open cycle: each gets an empty response ("invited") and each of its coordinators an
 * e-mail in their own language with the link to the questionnaire. A coordinator invited to an account who has
 * not accepted yet gets it too, at the invited address (in the default language, which they have not chosen yet).
 */
export async function inviteCities(
	deps: { db: Database; mailer: Mailer; origin: string },
	actor: Pick<Actor, 'id' | 'role'>,
	cycleId: number,
	cityIds: readonly number[],
	now: Date = new Date()
): Promise<InviteCitiesResult> {
	if (actor.role !== 'secretariat') return { ok: false, reason: 'forbidden' };
	const { db } = deps;
	const outcome = await db.transaction(async (tx) => {
		const [cycle] = await tx.select().from(cycles).where(eq(cycles.id, cycleId)).for('update');
		if (!cycle) return { ok: false, reason: 'not_found' } as const;
		if (cycle.status !== 'open' || !cycle.questionnaire) return { ok: false, reason: 'not_open' } as const;
		const chosen = cityIds.length
			? await tx
					.select({ id: cities.id, name: cities.name, slug: cities.slug })
					.from(cities)
					.where(inArray(cities.id, [...cityIds]))
			: [];
		if (chosen.length !== new Set(cityIds).size) return { ok: false, reason: 'unknown_city' } as const;
		const existing = new Set(
			(
				await tx
					.select({ cityId: responses.cityId })
					.from(responses)
					.where(and(eq(responses.cycleId, cycleId), inArray(responses.cityId, [...cityIds])))
			).map((row) => row.cityId)
		);
		const fresh = chosen.filter((city) => !existing.has(city.id));
		// An empty response's count of required items, so the progress page shows 0 of N from the start.
		const { required } = requiredTally(
			questionnaireSchema.parse(cycle.questionnaire),
			{},
			{
				cycleStartYear: Number(cycle.periodStart.slice(0, 4)),
				cycleEndYear: Number(cycle.periodEnd.slice(0, 4))
			}
		);
		const inserted = fresh.length
			? await tx
					.insert(responses)
					.values(
						fresh.map((city) => ({
							cycleId,
							cityId: city.id,
							state: 'invited' as const,
							invitedAt: now,
							requiredTotal: required
						}))
					)
					.onConflictDoNothing()
					.returning({ id: responses.id, cityId: responses.cityId })
			: [];
		for (const row of inserted)
			await writeAudit(tx, {
				actorId: actor.id,
				action: 'response.invited',
				subjectType: 'response',
				subjectId: row.id,
				before: null,
				after: { cycleId, cityId: row.cityId, state: 'invited', invitedAt: now.toISOString() }
			});
		const invitedIds = new Set(inserted.map((row) => row.cityId));
		return {
			ok: true,
			cycle,
			invited: fresh.filter((city) => invitedIds.has(city.id)),
			alreadyInvited: chosen.filter((city) => !invitedIds.has(city.id))
		} as const;
	});
	if (!outcome.ok) return outcome;

	// Sent after the commit: a mail problem must never undo the invitations (the outbox keeps every message).
	const invitedIds = outcome.invited.map((city) => city.id);
	const coordinators = await coordinatorsOf(db, invitedIds);
	const pending = await pendingCoordinatorsOf(db, invitedIds, now);
	let mailsSent = 0;
	const pendingCoordinator: CityRef[] = [];
	const withoutCoordinator: CityRef[] = [];
	const facts = (city: CityRef) => ({
		city: city.name,
		cycle: outcome.cycle.name,
		deadline: outcome.cycle.deadline,
		url: respondUrl(deps.origin, outcome.cycle.slug),
		answersPublic: outcome.cycle.cityAnswersPublic
	});
	for (const city of outcome.invited) {
		const people = coordinators.get(city.id) ?? [];
		const invitedPeople = (pending.get(city.id) ?? []).filter(
			(invitee) => !people.some((person) => person.email === invitee.email)
		);
		if (people.length === 0 && invitedPeople.length === 0) withoutCoordinator.push(city);
		else if (people.length === 0) pendingCoordinator.push(city);
		for (const person of people) {
			await deps.mailer.send({ to: person.email, ...invitationMail(person.locale, facts(city)) });
			mailsSent++;
		}
		for (const invitee of invitedPeople) {
			const mail = invitationMail(defaultLocale, { ...facts(city), accountPending: true });
			await deps.mailer.send({ to: invitee.email, ...mail });
			mailsSent++;
		}
	}
	return {
		ok: true,
		invited: outcome.invited,
		alreadyInvited: outcome.alreadyInvited,
		mailsSent,
		pendingCoordinator,
		withoutCoordinator
	};
}
