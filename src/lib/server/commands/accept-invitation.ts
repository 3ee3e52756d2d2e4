import { and, eq, isNull } from 'drizzle-orm';
import type { Locale } from '$lib/domain/locale';
import { writeAudit } from '../audit';
import type { Auth } from '../auth';
import type { Database } from '../db';
import { invitations, user } from '../db/schema';
import { responseContext } from '../reads/response-context';
import { assignSection } from './assign-section';
import { createAccount, type AccountRole } from '../create-account';
import { findOpenInvitation } from '../invitation-link';

export type AcceptResult =
	| {
			ok: true;
			userId: string;
			email: string;
			role: AccountRole;
			/** The section handed over with the invitation, now assigned to the new account (else null). */
			handedOver: { cycleSlug: string; sectionId: string } | null;
	  }
	| { ok: false; error: 'invalid' | 'already_user' };

/**
 * Turns an open invitation into an account with the chosen password; the link then stops working. A section
 * the inviting coordinator handed over with the invitation is assigned now, in the coordinator's name and by
 * the same rules as on the task list (skipped when the response can no longer change or the coordinator is no
 * longer the city's).
 */
export async function acceptInvitation(
	deps: { db: Database; auth: Auth },
	token: string,
	/** `locale`: the language the invitation page was read in, kept as the person's language for e-mails. */
	input: { name: string; password: string; locale?: Locale }
): Promise<AcceptResult> {
	const { db, auth } = deps;
	const invitation = await findOpenInvitation(db, token);
	if (!invitation) return { ok: false, error: 'invalid' };
	const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, invitation.email));
	if (existing) return { ok: false, error: 'already_user' };

	// Marking first means a second click on the same link cannot create a second account.
	const claimed = await db
		.update(invitations)
		.set({ acceptedAt: new Date() })
		.where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
		.returning({ id: invitations.id });
	if (claimed.length === 0) return { ok: false, error: 'invalid' };

	const userId = await createAccount(db, auth, {
		email: invitation.email,
		name: input.name,
		password: input.password,
		role: invitation.role,
		cityId: invitation.cityId,
		locale: input.locale ?? null
	});
	await writeAudit(db, {
		actorId: userId,
		action: 'invitation.accepted',
		subjectType: 'invitation',
		subjectId: invitation.id,
		after: { userId, role: invitation.role, cityId: invitation.cityId }
	});
	let handedOver: { cycleSlug: string; sectionId: string } | null = null;
	if (invitation.handOver && invitation.invitedBy && invitation.role === 'contributor') {
		const [inviter] = await db
			.select({ id: user.id, role: user.role, cityId: user.cityId })
			.from(user)
			.where(eq(user.id, invitation.invitedBy));
		const { responseId, sectionId } = invitation.handOver;
		const context = await responseContext(db, responseId);
		// Not taken from someone the coordinator handed it to meanwhile.
		if (inviter?.role === 'coordinator' && context && !context.assignees[sectionId]) {
			const assigned = await assignSection(
				db,
				{ id: inviter.id, role: inviter.role, cityId: inviter.cityId },
				{ responseId, sectionId, assigneeId: userId }
			);
			if (assigned.ok) handedOver = { cycleSlug: context.cycleSlug, sectionId };
		}
	}
	return { ok: true, userId, email: invitation.email, role: invitation.role, handedOver };
}
