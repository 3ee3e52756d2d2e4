import { requireSecretariat } from '$lib/server/guards';
import { listCycles } from '$lib/server/reads/cycle-list';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSecretariat(locals, url);
	return { cycles: await listCycles(locals.app.db) };
};
