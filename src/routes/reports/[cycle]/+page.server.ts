import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { publishedReportDocument } from '$lib/server/public';
import type { PageServerLoad } from './$types';

/** A published cycle's report; any other cycle answers 404, as if it did not exist. */
export const load = (async ({ locals, params }) => {
	const report = await publishedReportDocument(locals.app.db, params.cycle, locals.locale);
	if (!report) error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
	return { report };
}) satisfies PageServerLoad;
