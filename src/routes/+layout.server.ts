import { alternatesOf } from '$lib/domain/locale-path';
import { organisationTimeZone } from '$lib/domain/time-zone';
import { siteTexts } from '$lib/server/i18n/site-texts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => ({
	locale: locals.locale,
	user: locals.user ? { name: locals.user.name, role: locals.user.role } : null,
	path: url.pathname + url.search,
	/** The page in every language, for `<link rel="alternate" hreflang>` (public reading pages only). */
	alternates: alternatesOf(url.pathname + url.search, url.origin),
	/** The organisation's time zone, so the browser formats dates and times as the server did. */
	timeZone: organisationTimeZone(),
	/** The header's, footer's and error page's words in the reader's language (lib/i18n/site-texts.ts). */
	site: siteTexts(locals.locale, locals.user?.name ?? null)
});
