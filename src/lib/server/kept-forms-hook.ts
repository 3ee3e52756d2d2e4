import type { Handle, RequestEvent } from '@sveltejs/kit';
import { formOwner } from './form-owner';
import { log } from './log';
import {
	dropKeptSubmission,
	findKeptSubmission,
	KEPT_COOKIE,
	keepSubmission,
	keptSubmissionLimits
} from './kept-submissions';

/** A form posted by the browser itself (not the autosave's fetch, which handles an ended session on its own). */
function isPlainFormPost(request: Request): boolean {
	if (request.method !== 'POST' || request.headers.get('x-sveltekit-action') === 'true') return false;
	return /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(
		request.headers.get('content-type') ?? ''
	);
}

/** What requireUser answers when nobody is signed in: a redirect to the sign-in page that comes back. */
const isSignInRedirect = (response: Response) =>
	response.status === 303 && (response.headers.get('location') ?? '').startsWith('/sign-in?next=');

const keptCookie = (event: RequestEvent, value: string, maxAge: number) =>
	event.cookies.serialize(KEPT_COOKIE, value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		maxAge
	});

/**
 * Nothing typed is lost when a session ends: a form that needs a signed-in person and arrives from a browser
 * where someone was signed in is kept (text only, bound to that account), and the person is sent to sign in
 * and then to /kept/{token}, which sends it again. The token is also set in a cookie, so only the browser that
 * sent the form, signed in as the same person, can see it. Once a kept form is sent again and answered, it is
 * dropped.
 */
export const keepFormsOfEndedSessions: Handle = async ({ event, resolve }) => {
	if (!isPlainFormPost(event.request)) return resolve(event);
	const action = event.url.pathname + event.url.search;
	const db = event.locals.app.db;
	const user = event.locals.user;
	const owner = user ? null : formOwner(event.cookies, event.locals.app.secret);
	// The copy is read only when the form has to be kept; its body is otherwise let go.
	const copy = owner ? event.request.clone() : null;
	const response = await resolve(event);

	if (user) {
		const token = event.cookies.get(KEPT_COOKIE);
		if (token && response.status < 500) {
			const kept = await findKeptSubmission(db, token, user.id);
			if (kept?.action === action) {
				await dropKeptSubmission(db, token);
				response.headers.append('set-cookie', keptCookie(event, '', 0));
			}
		}
		return response;
	}

	if (!owner || !copy || !isSignInRedirect(response)) {
		// Not awaited: cancelling one branch of a teed body settles only once the other branch is read or
		// cancelled too, which never happens when the action did not read the form (the request would hang).
		void copy?.body?.cancel().catch(() => undefined);
		return response;
	}
	// Unreadable only when over BODY_SIZE_LIMIT (input-guard.ts refuses other broken forms): nothing to keep.
	const form = await copy.formData().catch(() => null);
	if (!form) return response;
	const token = await keepSubmission(db, owner, action, form).catch((error: unknown) => {
		log.error({ err: error, path: event.url.pathname }, 'could not keep a form sent after its session ended');
		return null;
	});
	if (!token) return response;
	const headers = new Headers(response.headers);
	headers.set('location', `/sign-in?next=${encodeURIComponent(`/kept/${token}`)}&reason=kept`);
	headers.append('set-cookie', keptCookie(event, token, keptSubmissionLimits.lifetimeMs / 1000));
	return new Response(null, { status: 303, headers });
};
