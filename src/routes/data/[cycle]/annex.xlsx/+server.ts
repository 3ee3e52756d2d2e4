import { error } from '@sveltejs/kit';
import { annexFilename, annexTables } from '$lib/server/exports/annex-rows';
import { annexWorkbook } from '$lib/server/exports/annex-xlsx';
import { xlsxContentType } from '$lib/server/exports/response-xlsx';
import { cycleResults } from '$lib/server/reads/cycle-results';
import type { RequestHandler } from './$types';

/** The data annex of a published cycle as an Excel workbook; any other cycle answers 404. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const results = await cycleResults(locals.app.db, params.cycle, { publishedOnly: true });
	if (!results) error(404, 'Not found');
	const workbook = await annexWorkbook(annexTables(results));
	return new Response(new Uint8Array(workbook), {
		headers: {
			'content-type': xlsxContentType,
			'content-disposition': `attachment; filename="${annexFilename(results.cycle.slug, 'xlsx')}"`
		}
	});
};
