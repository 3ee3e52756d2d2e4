import { requireSecretariat } from '$lib/server/guards';
import { listCycles } from '$lib/server/queries/cycle-list';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSecretariat(locals, url);
	return { cycles: await listCycles(locals.app.db) };
};
