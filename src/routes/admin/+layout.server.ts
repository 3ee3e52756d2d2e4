import { requireSecretariat } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

/** The whole /admin area is the secretariat's; city users get a 403 page. */
export const load: LayoutServerLoad = ({ locals, url }) => {
	requireSecretariat(locals, url);
	return {};
};
