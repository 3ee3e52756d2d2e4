import type { Translate } from '$lib/i18n';

/**
 * The title of a list page that says what the list shows: its filters and, after the first, its page
 * ("Good practices: housing, Finland, page 2"), so that two views of one list never share a title (WCAG 2.4.2).
 */
export function listTitle(t: Translate, title: string, filters: string[], page = 1): string {
	const shown = filters.map((filter) => filter.trim()).filter(Boolean);
	const named = shown.length > 0 ? t('a11y.title.filtered', { title, filters: shown.join(', ') }) : title;
	return page > 1 ? t('a11y.title.page', { title: named, page }) : named;
}

/** A page title after a form came back with errors: "Error: …", as the error summary says at the top. */
export function errorTitle(t: Translate, title: string): string {
	const prefix = t('a11y.errorTitle', { title: '' });
	return title.startsWith(prefix) ? title : t('a11y.errorTitle', { title });
}
