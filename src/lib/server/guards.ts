import { error, redirect } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n/translator';

/**
 * Only paths on this site: an open redirect would let a link send people elsewhere after signing in. A target
 * from input is kept only when it is a plain path that stays on this site when resolved; anything else goes to
 * `fallback`. Paths this site writes are always printable ASCII (addresses are percent-encoded), so anything
 * else is refused: browsers drop tabs and newlines from addresses (`/\t/evil.example` would become
 * `//evil.example`), a newline in a Location header makes the answer fail, and so does a character outside
 * Latin-1. A backslash is read as a slash by browsers.
 */
export function safeReturnPath(candidate: string | null | undefined, fallback = '/'): string {
	if (typeof candidate !== 'string' || candidate.length > 2000) return fallback;
	if (!/^\/[\x21-\x7e]*$/.test(candidate) || candidate.startsWith('//') || candidate.includes('\\')) {
		return fallback;
	}
	try {
		const resolved = new URL(candidate, 'http://x');
		if (resolved.origin !== 'http://x' || resolved.pathname.startsWith('//')) return fallback;
	} catch {
		return fallback;
	}
	return candidate;
}

/** The sign-in page, which comes back to this URL (the kept-forms hook recognises it). */
export function signInLocation(url: URL): string {
	return `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`;
}

export function requireUser(locals: App.Locals, url: URL): SignedInUser {
	if (!locals.user) redirect(303, signInLocation(url));
	return locals.user;
}

export function requireSecretariat(locals: App.Locals, url: URL): SignedInUser {
	const user = requireUser(locals, url);
	if (user.role !== 'secretariat') error(403, translator(locals.locale)('error.forbiddenTitle'));
	return user;
}
