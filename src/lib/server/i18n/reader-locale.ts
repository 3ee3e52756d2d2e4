import { getRequestEvent } from '$app/server';
import { isLocale } from '$lib/domain/locale';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';

/**
 * On the server, a message function without `{ locale }` speaks the language the hooks chose for this request
 * (`locals.locale`: URL, cookie or Accept-Language, decided by us), read through SvelteKit's per-request context,
 * so concurrent requests in different languages never share a global. Outside a request (scheduled reminders,
 * scripts, tests) it is the base language: such code names its locale explicitly (`m.key(inputs, { locale })`).
 * Paraglide's own URL and cookie strategies are never used (the compiler is told `strategy: ['baseLocale']`).
 */
export function speakTheReadersLanguage() {
	overwriteGetLocale(() => {
		let chosen: unknown;
		try {
			chosen = getRequestEvent().locals.locale;
		} catch {
			// Not inside a request.
		}
		return isLocale(chosen) ? chosen : baseLocale;
	});
}
