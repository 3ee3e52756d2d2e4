import { m } from '$lib/paraglide/messages.js';
import type { Translate } from '$lib/i18n';

/**
 * The title of a list page that says what the list shows: its filters and, after the first, its page
 * ("Good practices: housing, Finland, page 2"), so that two views of one list never share a title (WCAG 2.4.2).
 */
export function listTitle(t: Translate, title: string, filters: string[], page = 1): string {
	const shown = filters.map((filter) => filter.trim()).filter(Boolean);
	const named =
		shown.length > 0
			? m.a11y_title_filtered({ title, filters: shown.join(', ') }, { locale: t.locale })
			: title;
	return page > 1 ? m.a11y_title_page({ title: named, page }, { locale: t.locale }) : named;
}

/** A page title after a form came back with errors: "Error: …", as the error summary says at the top. */
export function errorTitle(t: Translate, title: string): string {
	const prefix = m.a11y_errorTitle({ title: '' }, { locale: t.locale });
	return title.startsWith(prefix) ? title : m.a11y_errorTitle({ title }, { locale: t.locale });
}
