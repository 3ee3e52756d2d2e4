import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { publicCityProfile } from '$lib/server/public';
import type { PageServerLoad } from './$types';

/**
 * The city's facts, its part in each published cycle and, for the cycles that made city answers public, its
 * own ratings: all read through the public module, so an unpublished cycle's answers never reach this page.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const profile = await publicCityProfile(locals.app.db, params.slug);
	if (!profile) error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
	return profile;
};
