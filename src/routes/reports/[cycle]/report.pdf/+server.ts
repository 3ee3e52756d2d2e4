import { error } from '@sveltejs/kit';
import { reportFilename } from '$lib/domain/report/report-links';
import { m } from '$lib/paraglide/messages.js';
import { reportPdf } from '$lib/server/exports/report-pdf';
import { publishedReport } from '$lib/server/public';
import type { RequestHandler } from './$types';

/**
 * The published report as PDF, in the reader's language. Any other cycle answers 404 before a browser is
 * started, as if it did not exist.
 */
export const GET: RequestHandler = async ({ locals, params, fetch }) => {
	const cycle = await publishedReport(locals.app.db, params.cycle);
	if (!cycle) error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
	const pdf = await reportPdf({ fetch, files: locals.app.files, cycle, locale: locals.locale });
	return new Response(pdf, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${reportFilename(cycle.slug, 'pdf')}"`,
			'content-length': String(pdf.byteLength)
		}
	});
};
