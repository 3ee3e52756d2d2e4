import { m } from '$lib/paraglide/messages.js';
import { and, eq } from 'drizzle-orm';
import { defaultLocale, isLocale } from '$lib/domain/locale';
import { localized } from '$lib/domain/questionnaire/definition';
import { canCoordinate, isEditable, type Actor } from '$lib/domain/response-access';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { cities, cycles, sectionAssignments, user } from '../db/schema';
import type { Mailer } from '../mail';
import { responseContext } from '../reads/response-context';

export type AssignResult = { ok: true } | { ok: false; reason: 'forbidden' | 'not_found' | 'not_colleague' };

/**
 * The coordinator hands a section to a colleague of the same city, or takes it back (assigneeId null). With
 * `notify`, a colleague who has just been handed the section gets an e-mail with the link to it (sent after
 * the commit; the outbox keeps it).
 */
export async function assignSection(
	db: Database,
	actor: Actor,
	input: { responseId: number; sectionId: string; assigneeId: string | null },
	notify?: { mailer: Mailer; origin: string }
): Promise<AssignResult> {
	const outcome = await db.transaction(async (tx) => {
		const context = await responseContext(tx, input.responseId);
		if (!context || !context.definition.sections.some((s) => s.id === input.sectionId)) {
			return { ok: false, reason: 'not_found' } as const;
		}
		if (!canCoordinate(actor, context) || !isEditable(context))
			return { ok: false, reason: 'forbidden' } as const;
		if (input.assigneeId) {
			const [colleague] = await tx
				.select({ id: user.id })
				.from(user)
				.where(
					and(eq(user.id, input.assigneeId), eq(user.cityId, context.cityId), eq(user.role, 'contributor'))
				);
			if (!colleague) return { ok: false, reason: 'not_colleague' } as const;
		}
		const before = context.assignees[input.sectionId] ?? null;
		await tx
			.insert(sectionAssignments)
			.values({ responseId: input.responseId, sectionId: input.sectionId, assigneeId: input.assigneeId })
			.onConflictDoUpdate({
				target: [sectionAssignments.responseId, sectionAssignments.sectionId],
				set: { assigneeId: input.assigneeId, updatedAt: new Date() }
			});
		await writeAudit(tx, {
			actorId: actor.id,
			action: 'section.assigned',
			subjectType: 'response',
			subjectId: input.responseId,
			before: { sectionId: input.sectionId, assigneeId: before },
			after: { sectionId: input.sectionId, assigneeId: input.assigneeId }
		});
		return {
			ok: true,
			context,
			handedOver: input.assigneeId !== null && input.assigneeId !== before
		} as const;
	});
	if (!outcome.ok) return outcome;
	if (notify && outcome.handedOver && input.assigneeId)
		await mailHandOver(db, notify, actor.id, input.assigneeId, outcome.context, input.sectionId);
	return { ok: true };
}

async function mailHandOver(
	db: Database,
	notify: { mailer: Mailer; origin: string },
	actorId: string,
	assigneeId: string,
	context: NonNullable<Awaited<ReturnType<typeof responseContext>>>,
	sectionId: string
) {
	const [assignee] = await db
		.select({ name: user.name, email: user.email, locale: user.locale })
		.from(user)
		.where(eq(user.id, assigneeId));
	const [inviter] = await db.select({ name: user.name }).from(user).where(eq(user.id, actorId));
	const [facts] = await db
		.select({ city: cities.name, cycle: cycles.name })
		.from(cycles)
		.innerJoin(cities, eq(cities.id, context.cityId))
		.where(eq(cycles.id, context.cycleId));
	const section = context.definition.sections.find((candidate) => candidate.id === sectionId);
	if (!assignee || !facts || !section) return;
	const locale = isLocale(assignee.locale) ? assignee.locale : defaultLocale;
	await notify.mailer.send({
		to: assignee.email,
		subject: m.cityPeople_mail_handOverSubject({}, { locale: locale }),
		text: m.cityPeople_mail_handOverBody(
			{
				name: assignee.name,
				inviter: inviter?.name ?? '',
				section: localized(section.title, locale),
				city: facts.city,
				cycle: facts.cycle,
				url: `${notify.origin}/respond/${context.cycleSlug}/${sectionId}`
			},
			{ locale: locale }
		)
	});
}
