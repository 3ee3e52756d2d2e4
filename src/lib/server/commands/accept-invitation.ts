import { and, eq, isNull } from 'drizzle-orm';
import { writeAudit } from '../audit';
import type { Auth } from '../auth';
import type { Database } from '../db';
import { invitations, user } from '../db/schema';
import { createAccount } from './create-account';
import { findOpenInvitation } from './invite-person';

export type AcceptResult = { ok: true; userId: string } | { ok: false; error: 'invalid' | 'already_user' };

/** Turns an open invitation into an account with the chosen password; the link then stops working. */
export async function acceptInvitation(
	deps: { db: Database; auth: Auth },
	token: string,
	input: { name: string; password: string }
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
		cityId: invitation.cityId
	});
	await writeAudit(db, {
		actorId: userId,
		action: 'invitation.accepted',
		subjectType: 'invitation',
		subjectId: invitation.id,
		after: { userId, role: invitation.role, cityId: invitation.cityId }
	});
	return { ok: true, userId };
}
