import { error } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n/translator';
import { requireUser } from '$lib/server/guards';
import { cityCycleList } from '$lib/server/reads/cycle-city-list';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	if (user.cityId === null) error(403, translator(locals.locale)('error.forbiddenTitle'));
	return {
		responses: await cityCycleList(locals.app.db, user.cityId),
		coordinator: user.role === 'coordinator',
		/** Just arrived from accepting an invitation, signed in. */
		welcome: url.searchParams.has('welcome')
	};
};
