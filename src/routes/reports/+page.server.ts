import { publishedCycles } from '$lib/server/public';
import type { PageServerLoad } from './$types';

/** The reports of the published cycles, newest first. Unpublished cycles are not read at all. */
export const load = (async ({ locals }) => ({
	reports: [...(await publishedCycles(locals.app.db))].reverse()
})) satisfies PageServerLoad;
