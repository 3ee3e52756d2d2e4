import type { Handle } from '@sveltejs/kit';
import { errorTitle } from '$lib/domain/page-title';
import { translator } from '$lib/server/i18n/translator';

/**
 * A form sent without JavaScript that comes back refused (a 4xx page after a POST: missing answers, a conflict,
 * a refused submit) gets a title that starts with "Error:", the first thing a screen reader reads on the new
 * page (WCAG 3.3.1). With JavaScript the error summary does the same (ErrorSummary.svelte).
 */
export const errorTitles: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (
		event.request.method !== 'POST' ||
		response.status < 400 ||
		response.status >= 500 ||
		!(response.headers.get('content-type') ?? '').startsWith('text/html')
	) {
		return response;
	}
	const t = translator(event.locals.locale ?? 'en');
	const html = (await response.text()).replace(
		/<title>([^<]*)<\/title>/,
		(_, title: string) => `<title>${errorTitle(t, title)}</title>`
	);
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	return new Response(html, { status: response.status, statusText: response.statusText, headers });
};
