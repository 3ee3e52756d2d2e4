import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Locale } from '$lib/domain/locale';
import { writeAudit } from '../audit';
import type { Database } from '../db';
import { invitations, user } from '../db/schema';
import type { Mailer } from '../mail';
import type { AccountRole } from '../create-account';
import { hashToken } from '../invitation-link';

const INVITATION_DAYS = 14;

export interface Invitation {
	email: string;
	name: string;
	role: AccountRole;
	cityId: number | null;
}

export type InviteResult = { ok: true; invitationId: number } | { ok: false; error: 'already_user' };

export interface InviteOptions {
	/** A section handed to the invited colleague once they accept (a coordinator's invitation). */
	handOver?: { responseId: number; sectionId: string } | null;
	/** The e-mail to send instead of the secretariat's, given the link. */
	message?: (url: string) => { subject: string; text: string };
}

/** Records an invitation and e-mails its one-time link. Only the token's hash is stored. */
export async function invitePerson(
	deps: { db: Database; mailer: Mailer; origin: string; locale: Locale },
	actorId: string,
	invitation: Invitation,
	options: InviteOptions = {}
): Promise<InviteResult> {
	const { db, mailer } = deps;
	const email = invitation.email.toLowerCase();
	const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
	if (existing) return { ok: false, error: 'already_user' };

	const token = randomBytes(32).toString('base64url');
	const invitationId = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(invitations)
			.values({
				tokenHash: hashToken(token),
				email,
				name: invitation.name,
				role: invitation.role,
				cityId: invitation.role === 'secretariat' ? null : invitation.cityId,
				invitedBy: actorId,
				expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
				handOver: options.handOver ?? null
			})
			.returning({ id: invitations.id });
		if (!row) throw new Error('invitation not stored');
		await writeAudit(tx, {
			actorId,
			action: 'person.invited',
			subjectType: 'invitation',
			subjectId: row.id,
			after: {
				email,
				role: invitation.role,
				cityId: invitation.cityId,
				...(options.handOver ? { handOver: options.handOver } : {})
			}
		});
		return row.id;
	});

	const url = `${deps.origin}/invitation/${token}`;
	const message = options.message?.(url) ?? {
		subject: m.mail_inviteSubject({}, { locale: deps.locale }),
		text: m.mail_inviteBody(
			{
				name: invitation.name,
				role: pick(
					{
						contributor: m.role_contributor,
						coordinator: m.role_coordinator,
						secretariat: m.role_secretariat
					},
					invitation.role
				)({}, { locale: deps.locale }),
				url
			},
			{ locale: deps.locale }
		)
	};
	await mailer.send({ to: email, ...message });
	return { ok: true, invitationId };
}
