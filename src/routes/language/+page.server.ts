import { redirect, type Cookies } from '@sveltejs/kit';
import type { Locale } from '$lib/domain/locale';
import { languageFormSchema } from '$lib/domain/language-form';
import { localizedPath } from '$lib/domain/locale-path';
import { LOCALE_COOKIE } from '$lib/server/auth';
import { safeReturnPath } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

function remember(cookies: Cookies, locale: Locale) {
	// A year: the choice is remembered across visits and on the pages whose address names no language.
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		maxAge: 60 * 60 * 24 * 365,
		httpOnly: true,
		sameSite: 'lax'
	});
}

/** The same page in the chosen language (`/fr/practices?q=x` for French), or the home page. */
function samePageIn(locale: Locale | undefined, returnTo: string | undefined): string {
	const path = safeReturnPath(returnTo);
	return locale ? localizedPath(path, locale) : path;
}

/**
 * The language switcher is a GET form (it works without JavaScript on pages that ship none): it remembers the
 * choice and goes to the same page in that language. Only a choice made on this site is remembered: a link
 * from another site (`Sec-Fetch-Site: cross-site`) still leads to the page in its language, without changing
 * the language of the reader's signed-in pages.
 */
export const load: PageServerLoad = ({ url, cookies, request }) => {
	const parsed = languageFormSchema.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) redirect(303, '/');
	const site = request.headers.get('sec-fetch-site');
	if (site === null || site === 'same-origin' || site === 'none') remember(cookies, parsed.data.locale);
	redirect(303, samePageIn(parsed.data.locale, parsed.data.returnTo));
};

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = Object.fromEntries(await request.formData());
		const parsed = languageFormSchema.safeParse(form);
		if (parsed.success) remember(cookies, parsed.data.locale);
		redirect(303, samePageIn(parsed.data?.locale, parsed.success ? parsed.data.returnTo : undefined));
	}
};
