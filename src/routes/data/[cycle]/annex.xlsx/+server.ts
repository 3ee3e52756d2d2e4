import { error } from '@sveltejs/kit';
import { annexFilename } from '$lib/server/exports/annex-rows';
import { annexWorkbook } from '$lib/server/exports/annex-xlsx';
import { xlsxContentType } from '$lib/server/exports/response-xlsx';
import { publishedAnnex } from '$lib/server/public';
import type { RequestHandler } from './$types';

/** The data annex of a published cycle as an Excel workbook; any other cycle answers 404. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const annex = await publishedAnnex(locals.app.db, params.cycle);
	if (!annex) error(404, 'Not found');
	const workbook = await annexWorkbook(annex);
	return new Response(new Uint8Array(workbook), {
		headers: {
			'content-type': xlsxContentType,
			'content-disposition': `attachment; filename="${annexFilename(annex.cycleSlug, 'xlsx')}"`
		}
	});
};
