import { requireSecretariat } from '$lib/server/guards';
import { listCandidates } from '$lib/server/reads/practice-candidates';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Rows of cities' responses: the page checks the role itself, not only the layout.
	requireSecretariat(locals, url);
	return { candidates: await listCandidates(locals.app.db) };
};
