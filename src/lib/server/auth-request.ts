import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { parseSetCookieHeader } from 'better-auth/cookies';

/**
 * Form actions sign people in through better-auth's HTTP endpoints rather than its direct API, because only
 * the HTTP path applies its rate limiting. The client's address is passed on so the limit is per person.
 */
export async function callAuthEndpoint(event: RequestEvent, path: string, body: unknown): Promise<Response> {
	const headers = new Headers({
		'content-type': 'application/json',
		origin: event.url.origin,
		'x-forwarded-for': event.getClientAddress()
	});
	for (const name of ['cookie', 'accept-language', 'user-agent']) {
		const value = event.request.headers.get(name);
		if (value) headers.set(name, value);
	}
	const request = new Request(new URL(`/api/auth${path}`, event.url.origin), {
		method: 'POST',
		headers,
		body: JSON.stringify(body)
	});
	return event.locals.app.auth.handler(request);
}

/** Carries the session cookies better-auth set on its response over to the page's response. */
export function copyAuthCookies(response: Response, cookies: Cookies): void {
	const header = response.headers.getSetCookie().join(', ');
	if (!header) return;
	for (const [name, attributes] of parseSetCookieHeader(header)) {
		cookies.set(name, decodeURIComponent(attributes.value), {
			path: attributes.path ?? '/',
			httpOnly: attributes.httponly ?? true,
			secure: attributes.secure ?? false,
			sameSite: (attributes.samesite?.toLowerCase() as 'lax' | 'strict' | 'none' | undefined) ?? 'lax',
			maxAge: attributes['max-age'],
			expires: attributes.expires
		});
	}
}
