import { apiError, apiJson } from '$lib/server/api/respond';
import { publishedCycle } from '$lib/server/public';
import type { RequestHandler } from './$types';

/** A published cycle and its participating cities; any other cycle answers 404, as if it did not exist. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const cycle = await publishedCycle(locals.app.db, params.slug);
	return cycle ? apiJson(cycle) : apiError(404, `No published cycle "${params.slug}"`);
};
