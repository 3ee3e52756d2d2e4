import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { renderedOnly } from '$lib/rendered-only';
import { publishedReportDocument } from '$lib/server/public';
import type { PageServerLoad } from './$types';

/**
 * A published cycle's report; any other cycle answers 404, as if it did not exist. The page never hydrates, so
 * the report is kept for the server's rendering and not written out as data (rendered-only.ts).
 */
export const load = (async ({ locals, params }) => {
	const report = await publishedReportDocument(locals.app.db, params.cycle, locals.locale);
	if (!report) error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
	return { report: renderedOnly(report) };
}) satisfies PageServerLoad;
