import { error } from '@sveltejs/kit';
import { annexCsv, csvContentType } from '$lib/server/exports/annex-csv';
import { annexFilename } from '$lib/server/exports/annex-rows';
import { publishedAnnex } from '$lib/server/public';
import type { RequestHandler } from './$types';

/** The data annex of a published cycle as CSV; any other cycle answers 404, as if it did not exist. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const annex = await publishedAnnex(locals.app.db, params.cycle);
	if (!annex) error(404, 'Not found');
	return new Response(annexCsv(annex), {
		headers: {
			'content-type': csvContentType,
			'content-disposition': `attachment; filename="${annexFilename(annex.cycleSlug, 'csv')}"`
		}
	});
};
