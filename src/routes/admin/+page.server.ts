import { adminCities } from '$lib/server/reads/admin-overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	cities: await adminCities(locals.app.db),
	saved: url.searchParams.get('saved')
});
