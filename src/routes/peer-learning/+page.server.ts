import { error, redirect } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n/translator';
import { requireUser } from '$lib/server/guards';
import { cityById } from '$lib/server/reads/city-records';
import { peerLearningFor } from '$lib/server/reads/mentor-suggestions';
import type { PageServerLoad } from './$types';

/**
 * A city's own mentor suggestions, for its coordinator and contributors (they already read their city's
 * ratings; what they see of other cities is limited to what peerLearningFor allows). The secretariat has
 * the view of every city in /admin/mentors.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	if (user.role === 'secretariat') redirect(303, '/admin/mentors');
	if (user.cityId === null || (user.role !== 'coordinator' && user.role !== 'contributor')) {
		error(403, translator(locals.locale)('error.forbiddenTitle'));
	}
	const city = await cityById(locals.app.db, user.cityId);
	if (!city) error(403, translator(locals.locale)('error.forbiddenTitle'));
	const { cycle, gaps } = await peerLearningFor(locals.app.db, user.cityId);
	return { city: city.name, cycle: cycle ? { name: cycle.name } : null, gaps };
};
