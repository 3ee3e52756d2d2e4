import { apiError, apiJson } from '$lib/server/api/respond';
import { openCity } from '$lib/server/public';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const city = await openCity(locals.app.db, params.slug);
	return city ? apiJson(city) : apiError(404, `No city "${params.slug}"`);
};
