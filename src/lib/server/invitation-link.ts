import { createHash } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from './db';
import { invitations } from './db/schema';

/** An invitation's link carries a random token; only its SHA-256 is stored, so a database copy opens nothing. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** The open invitation a link points to, or null when it is unknown, used or expired. */
export async function findOpenInvitation(db: Database, token: string) {
	const [row] = await db
		.select()
		.from(invitations)
		.where(
			and(
				eq(invitations.tokenHash, hashToken(token)),
				isNull(invitations.acceptedAt),
				gt(invitations.expiresAt, new Date())
			)
		);
	return row ?? null;
}
