import { error } from '@sveltejs/kit';
import { docxContentType, reportDocx, reportDocxFilename } from '$lib/server/exports/report-docx';
import { publishedReportDocument } from '$lib/server/public';
import type { RequestHandler } from './$types';

/** A published report as an editable Word document, in the reader's language; any other cycle answers 404. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const report = await publishedReportDocument(locals.app.db, params.cycle, locals.locale);
	if (!report) error(404, 'Not found');
	const docx = await reportDocx(report, locals.locale, { baseUrl: url.origin });
	return new Response(new Uint8Array(docx), {
		headers: {
			'content-type': docxContentType,
			'content-disposition': `attachment; filename="${reportDocxFilename(report.cycle.slug)}"`
		}
	});
};
