import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { cityProfile } from '$lib/server/queries/city-profile';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const profile = await cityProfile(locals.app.db, params.slug);
	if (!profile) error(404, translator(locals.locale)('error.notFoundTitle'));
	return profile;
};
