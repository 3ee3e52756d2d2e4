import { publishedCycles } from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	cycles: await publishedCycles(locals.app.db)
});
