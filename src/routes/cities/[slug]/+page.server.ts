import { error } from '@sveltejs/kit';
import type { PublishedCycleRatings } from '$lib/domain/analysis';
import { translator } from '$lib/i18n';
import { cityProfile } from '$lib/server/reads/city-profile';
import { cycleResults } from '$lib/server/reads/cycle-results';
import { publishedCycles } from '$lib/server/reads/open-data';
import type { PageServerLoad } from './$types';

/**
 * The city's facts, its part in each published cycle and, for the cycles that made city answers public, its
 * own ratings. Both reads take published cycles only, so an unpublished cycle's answers never reach this page.
 */
export const load: PageServerLoad = async ({ locals, params }) => {
	const db = locals.app.db;
	const profile = await cityProfile(db, params.slug);
	if (!profile) error(404, translator(locals.locale)('error.notFoundTitle'));
	const publicAnswers = new Set(
		(await publishedCycles(db)).filter((cycle) => cycle.cityAnswersPublic).map((cycle) => cycle.slug)
	);
	const ratings: PublishedCycleRatings[] = [];
	for (const cycle of profile.participation) {
		const shown = publicAnswers.has(cycle.slug)
			? await cycleResults(db, cycle.slug, { publishedOnly: true })
			: null;
		const own = shown?.cities.find((city) => city.cityId === profile.city.id);
		// Published cycles count only accepted responses; a city without one there has no ratings to show.
		if (shown && !own) continue;
		ratings.push({
			slug: cycle.slug,
			name: cycle.name,
			cityAnswersPublic: shown !== null,
			illustrative: shown?.cycle.illustrative ?? false,
			ratings: own?.ratings ?? null
		});
	}
	return { ...profile, ratings };
};
