import { m } from '$lib/paraglide/messages.js';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Locale } from '$lib/domain/locale';
import { localized } from '$lib/domain/questionnaire/definition';
import { canCoordinate, isEditable, type Actor } from '$lib/domain/response-access';
import type { Database } from '../db';
import { cities, invitations, user } from '../db/schema';
import type { Mailer } from '../mail';
import { responseContext } from '../reads/response-context';
import { invitePerson } from './invite-person';

export interface ColleagueInvitation {
	name: string;
	email: string;
	/** Only 'contributor' is allowed; anything else is refused, not corrected. */
	role: string;
	cityId: number;
	/** A section of one of the city's responses, handed to the colleague when they accept. */
	handOver: { responseId: number; sectionId: string } | null;
}

export type InviteColleagueResult =
	| { ok: true; invitationId: number }
	| { ok: false; reason: 'forbidden' | 'already_user' | 'already_invited' | 'section_unavailable' };

/**
 * A city's coordinator invites a colleague of the same city as a contributor (never as coordinator or
 * secretariat, never into another city), optionally handing them a section. The invitation and its e-mail are
 * those of the secretariat's invitations (`invitePerson`), worded as coming from the coordinator.
 */
export async function inviteColleague(
	deps: { db: Database; mailer: Mailer; origin: string; locale: Locale },
	actor: Actor,
	input: ColleagueInvitation
): Promise<InviteColleagueResult> {
	const { db } = deps;
	if (actor.role !== 'coordinator' || actor.cityId === null || actor.cityId !== input.cityId)
		return { ok: false, reason: 'forbidden' };
	if (input.role !== 'contributor') return { ok: false, reason: 'forbidden' };
	const email = input.email.trim().toLowerCase();

	let sectionTitle: ((locale: Locale) => string) | null = null;
	if (input.handOver) {
		const context = await responseContext(db, input.handOver.responseId);
		const section = context?.definition.sections.find((s) => s.id === input.handOver?.sectionId);
		if (!context || !section || !canCoordinate(actor, context) || !isEditable(context))
			return { ok: false, reason: 'section_unavailable' };
		sectionTitle = (locale) => localized(section.title, locale);
	}

	const [open] = await db
		.select({ id: invitations.id })
		.from(invitations)
		.where(
			and(eq(invitations.email, email), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date()))
		);
	if (open) return { ok: false, reason: 'already_invited' };

	const [inviter] = await db.select({ name: user.name }).from(user).where(eq(user.id, actor.id));
	const [city] = await db.select({ name: cities.name }).from(cities).where(eq(cities.id, input.cityId));
	const params = { inviter: inviter?.name ?? '', city: city?.name ?? '', name: input.name };
	const result = await invitePerson(
		deps,
		actor.id,
		{ email, name: input.name, role: 'contributor', cityId: input.cityId },
		{
			handOver: input.handOver,
			message: (url) => ({
				subject: m.cityPeople_mail_inviteSubject(params, { locale: deps.locale }),
				text:
					m.cityPeople_mail_inviteBody({ ...params, url }, { locale: deps.locale }) +
					(sectionTitle
						? `\n${m.cityPeople_mail_inviteSection({ section: sectionTitle(deps.locale) }, { locale: deps.locale })}\n`
						: '')
			})
		}
	);
	if (!result.ok) return { ok: false, reason: 'already_user' };
	return result;
}
