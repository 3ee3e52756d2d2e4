import { m } from '$lib/paraglide/messages.js';
import { json, type Handle, type RequestEvent } from '@sveltejs/kit';
import { areaOf, entryOf } from '$lib/domain/access-areas';
import { translator } from '$lib/server/i18n/translator';
import { signInLocation } from './guards';
import { log } from './log';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The refusal when the page itself did not refuse: plain, but complete and accessible. */
function forbiddenPage(event: RequestEvent): Response {
	const title = escapeHtml(m.error_forbiddenTitle({}, { locale: event.locals.locale }));
	const html = `<!doctype html>
<html lang="${event.locals.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · ${escapeHtml(m.site_name({}, { locale: event.locals.locale }))}</title></head>
<body><main><h1>${title}</h1><p>${escapeHtml(m.error_forbidden({}, { locale: event.locals.locale }))}</p><p><a href="/">${escapeHtml(m.error_goHome({}, { locale: event.locals.locale }))}</a></p></main></body>
</html>`;
	return new Response(html, { status: 403, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** A browser asking for a page (not its data, not an action, not a file): the page can render the refusal. */
const isPageRead = (event: RequestEvent) =>
	(event.request.method === 'GET' || event.request.method === 'HEAD') &&
	!event.isDataRequest &&
	(event.request.headers.get('accept') ?? '').includes('text/html');

/**
 * Who may enter is decided here, for every request, from the table in `domain/access-areas.ts`, before any
 * `load`, action or endpoint runs: a page's `load` data is served as `__data.json` even when its layout
 * refuses, and `x-sveltekit-invalidated` skips the layout altogether. Runs after the session is known and
 * inside keepFormsOfEndedSessions, which keeps a form that meets the redirect to sign in.
 *
 * - Nobody signed in: a redirect to sign in that comes back (as JSON for `use:enhance` and the autosave).
 * - Signed in but not allowed: data requests, actions and endpoints get a 403 without any data. A page read
 *   goes on to the page, whose own check (requireSecretariat, loadOwnResponse) shows the styled 403 page;
 *   were the page ever to answer 2xx instead, the answer is replaced by a plain 403.
 * - A path the table does not cover is refused to everyone (a new route must be added to the table).
 */
export const decideAccess: Handle = async ({ event, resolve }) => {
	// No route matched: SvelteKit answers 404 without running any page's `load`.
	if (event.route.id === null) return resolve(event);
	const area = areaOf(event.url.pathname);
	const entry = entryOf(area, event.locals.user);
	if (entry === 'enter') return resolve(event);

	const enhanced = event.request.headers.get('x-sveltekit-action') === 'true';
	if (area === null) {
		log.error({ path: event.url.pathname, route: event.route.id }, 'route outside the access table refused');
	} else if (entry === 'sign-in') {
		const location = signInLocation(event.url);
		if (event.isDataRequest) return json({ type: 'redirect', location });
		if (enhanced) return json({ type: 'redirect', status: 303, location });
		return new Response(null, { status: 303, headers: { location } });
	}

	const message = translator(event.locals.locale)('error.forbiddenTitle');
	if (event.isDataRequest) return json({ message }, { status: 403 });
	if (enhanced) return json({ type: 'error', error: { message } }, { status: 403 });
	if (area !== null && isPageRead(event)) {
		const response = await resolve(event);
		if (response.status < 200 || response.status >= 300) return response;
		await response.body?.cancel();
		log.error({ path: event.url.pathname, route: event.route.id }, 'a page let in someone its area refuses');
	}
	return forbiddenPage(event);
};
