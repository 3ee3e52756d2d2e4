import { error } from '@sveltejs/kit';
import type { PublishedCycleRatings } from '$lib/domain/analysis';
import { translator } from '$lib/i18n';
import { cityProfile } from '$lib/server/queries/city-profile';
import { cityRatingsInPublicCycles, publicAnswerCycleSlugs } from '$lib/server/queries/cycle-results';
import type { PageServerLoad } from './$types';

/**
 * The city's facts, its part in each published cycle and, for the cycles that made city answers public, its
 * own ratings. Both reads take published cycles only, so an unpublished cycle's answers never reach this page.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const db = locals.app.db;
	const profile = await cityProfile(db, params.slug);
	if (!profile) error(404, translator(locals.locale)('error.notFoundTitle'));
	// The city's own ratings in the cycles that made city answers public: two short queries, side by side.
	const [publicAnswers, ownRatings] = await Promise.all([
		publicAnswerCycleSlugs(db),
		cityRatingsInPublicCycles(db, profile.city.id)
	]);
	const own = new Map(ownRatings.map((cycle) => [cycle.slug, cycle]));
	const ratings: PublishedCycleRatings[] = [];
	for (const cycle of profile.participation) {
		const shown = publicAnswers.has(cycle.slug);
		const mine = own.get(cycle.slug);
		// Published cycles count only accepted responses; a city without one there has no ratings to show.
		if (shown && !mine) continue;
		ratings.push({
			slug: cycle.slug,
			name: cycle.name,
			cityAnswersPublic: shown,
			illustrative: mine?.illustrative ?? false,
			ratings: mine?.ratings ?? null
		});
	}
	return { ...profile, ratings };
};
