import { randomBytes } from 'node:crypto';
import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Database } from './db';
import { keptSubmissions } from './db/schema';

/**
 * A form sent after its sender's session ended is not lost: its text is kept for a day, and the person sends
 * it again after signing in (see /kept/[token]). Only a form from a browser where someone was signed in is
 * kept, bound to that account (form-owner.ts), and what is kept is bounded: one form at most `maxTextLength` characters of text,
 * at most `maxKeptPerAccount` forms per account and `maxKeptPerDay` in all.
 */
export const keptSubmissionLimits = {
	maxTextLength: 300_000,
	maxFields: 1_000,
	maxKeptPerAccount: 20,
	maxKeptPerDay: 2_000,
	lifetimeMs: 24 * 60 * 60 * 1000
} as const;

export const KEPT_COOKIE = 'icm-kept';

export type KeptSubmission = typeof keptSubmissions.$inferSelect;

/** The form's text fields and the names of its files, or null when it is too large to keep. */
export function keepableFields(
	form: FormData
): { fields: [string, string][]; skippedFiles: string[] } | null {
	const fields: [string, string][] = [];
	const skippedFiles: string[] = [];
	let length = 0;
	for (const [name, value] of form) {
		if (typeof value === 'string') {
			fields.push([name, value]);
			length += name.length + value.length;
		} else if (value.name) {
			skippedFiles.push(value.name);
		}
	}
	if (length > keptSubmissionLimits.maxTextLength || fields.length > keptSubmissionLimits.maxFields)
		return null;
	return { fields, skippedFiles };
}

/**
 * Keeps a form that `userId` sent to `action`; answers its token, or null when it cannot be kept (too large,
 * too many for this account or in all).
 */
export async function keepSubmission(
	db: Database,
	userId: string,
	action: string,
	form: FormData,
	now = new Date()
): Promise<string | null> {
	const keepable = keepableFields(form);
	if (!keepable) return null;
	const oldest = new Date(now.getTime() - keptSubmissionLimits.lifetimeMs);
	await db.delete(keptSubmissions).where(lt(keptSubmissions.createdAt, oldest));
	const [all] = await db.select({ n: count() }).from(keptSubmissions);
	if ((all?.n ?? 0) >= keptSubmissionLimits.maxKeptPerDay) return null;
	const [own] = await db
		.select({ n: count() })
		.from(keptSubmissions)
		.where(eq(keptSubmissions.userId, userId));
	if ((own?.n ?? 0) >= keptSubmissionLimits.maxKeptPerAccount) return null;
	const id = randomBytes(24).toString('base64url');
	await db.insert(keptSubmissions).values({ id, userId, action, ...keepable, createdAt: now });
	return id;
}

/** The kept form with this token that `userId` sent, unless it is older than a day. */
export async function findKeptSubmission(
	db: Database,
	id: string,
	userId: string,
	now = new Date()
): Promise<KeptSubmission | null> {
	const oldest = new Date(now.getTime() - keptSubmissionLimits.lifetimeMs);
	const [found] = await db
		.select()
		.from(keptSubmissions)
		.where(
			and(
				eq(keptSubmissions.id, id),
				eq(keptSubmissions.userId, userId),
				gt(keptSubmissions.createdAt, oldest)
			)
		);
	return found ?? null;
}

export async function dropKeptSubmission(db: Database, id: string): Promise<void> {
	await db.delete(keptSubmissions).where(eq(keptSubmissions.id, id));
}

/**
 * The page a kept form came from (its action without the `?/name` part), to link back to it. Only paths on
 * this site are ever stored, since the action is the path the form was posted to.
 */
export function pageOfAction(action: string): string {
	const query = action.indexOf('?');
	return query === -1 ? action : action.slice(0, query);
}

/**
 * The values worth showing the person so they recognise their form: text with a space in it or of some
 * length. Hidden fields (versions, ids, directions) and single choices are sent again but not shown.
 */
export function typedTexts(fields: [string, string][]): string[] {
	return fields.map(([, value]) => value.trim()).filter((value) => /\s/.test(value) || value.length >= 20);
}
