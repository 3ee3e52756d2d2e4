import { error } from '@sveltejs/kit';
import { parseProgressFilter } from '$lib/domain/progress/filters';
import { translator } from '$lib/i18n';
import { requireSecretariat } from '$lib/server/guards';
import { cycleProgress } from '$lib/server/queries/cycle-progress';
import type { PageServerLoad } from './$types';

/** The cycle's home: the secretariat's daily view of where every invited city stands. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	// The layout guards too, but a page's load can run without waiting for it: check here as well.
	requireSecretariat(locals, url);
	const filter = parseProgressFilter(url.searchParams);
	const progress = await cycleProgress(locals.app.db, params.cycle, filter);
	if (!progress) error(404, translator(locals.locale)('error.notFoundTitle'));
	return { ...progress, filter };
};
