import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether an `Authorization` header carries the metrics token as `Bearer <token>`. Both sides are hashed
 * first, so the comparison takes the same time whatever the lengths, and timingSafeEqual tells nothing about
 * how many leading characters matched.
 */
export function carriesMetricsToken(authorization: string | null, token: string): boolean {
	const sent = /^Bearer +(\S+) *$/i.exec(authorization ?? '')?.[1];
	if (!sent) return false;
	const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
	return timingSafeEqual(digest(sent), digest(token));
}
