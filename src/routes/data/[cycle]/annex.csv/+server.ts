import { error } from '@sveltejs/kit';
import { annexCsv, csvContentType } from '$lib/server/exports/annex-csv';
import { annexFilename, annexTables } from '$lib/server/exports/annex-rows';
import { cycleResults } from '$lib/server/reads/cycle-results';
import type { RequestHandler } from './$types';

/** The data annex of a published cycle as CSV; any other cycle answers 404, as if it did not exist. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const results = await cycleResults(locals.app.db, params.cycle, { publishedOnly: true });
	if (!results) error(404, 'Not found');
	return new Response(annexCsv(annexTables(results)), {
		headers: {
			'content-type': csvContentType,
			'content-disposition': `attachment; filename="${annexFilename(results.cycle.slug, 'csv')}"`
		}
	});
};
