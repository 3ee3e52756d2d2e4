import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

/**
 * A browser where someone was signed in carries their account id, signed with the application's secret, in
 * an HttpOnly cookie that outlives the session by a day. When the session ends and a form still arrives, this
 * says whose form it is, so it can be kept for that person alone (kept-forms-hook.ts). A browser nobody signed
 * in on has no such cookie, so an anonymous post is never kept; signing out removes it.
 */
export const FORM_OWNER_COOKIE = 'icm-form-owner';
const LIFETIME_SECONDS = 8 * 24 * 60 * 60;

const signature = (secret: string, userId: string) =>
	createHmac('sha256', secret).update(`form-owner:${userId}`).digest('base64url');

export const formOwnerCookieValue = (secret: string, userId: string) =>
	`${userId}.${signature(secret, userId)}`;

/** Sets the cookie for a signed-in person, unless the browser already carries the right one. */
export function rememberFormOwner(cookies: Cookies, secret: string, userId: string): void {
	const value = formOwnerCookieValue(secret, userId);
	if (cookies.get(FORM_OWNER_COOKIE) === value) return;
	cookies.set(FORM_OWNER_COOKIE, value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		maxAge: LIFETIME_SECONDS
	});
}

export function forgetFormOwner(cookies: Cookies): void {
	cookies.delete(FORM_OWNER_COOKIE, { path: '/' });
}

/** The account whose browser sent this request, or null when the cookie is missing or not ours. */
export function formOwner(cookies: Pick<Cookies, 'get'>, secret: string): string | null {
	const value = cookies.get(FORM_OWNER_COOKIE);
	const dot = value?.lastIndexOf('.') ?? -1;
	if (!value || dot <= 0) return null;
	const userId = value.slice(0, dot);
	const given = Buffer.from(value.slice(dot + 1));
	const expected = Buffer.from(signature(secret, userId));
	return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
