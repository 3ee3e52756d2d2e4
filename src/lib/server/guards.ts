import { error, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';

/** Only paths on this site: an open redirect would let a link send people elsewhere after signing in. */
export function safeReturnPath(candidate: string | null | undefined, fallback = '/'): string {
	if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) {
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
