import type { PublishedCycleRatings } from '$lib/domain/analysis';
import { cityAnswersShown, cityAnswersShownOncePublished } from '$lib/domain/disclosure';
import type { Database } from '../db';
import { cityProfile } from '../reads/city-profile';
import { publishedCycles } from '../reads/open-data';
import { publishedCycleResults } from './cycle-results';

/**
 * A city's public profile: its facts, its part in each published cycle and, for the cycles that made city
 * answers public, its own ratings. Every read stands on the published-cycle base, so an unpublished cycle's
 * answers never reach it; the ratings follow `cityAnswersShown`.
 */
export async function publicCityProfile(db: Database, slug: string) {
	const profile = await cityProfile(db, slug);
	if (!profile) return null;
	// Only the cycles whose city answers are shown are read in full (these cycles are all published).
	const answersShown = new Set(
		(await publishedCycles(db))
			.filter((cycle) => cityAnswersShownOncePublished(cycle))
			.map((cycle) => cycle.slug)
	);
	const ratings: PublishedCycleRatings[] = [];
	for (const cycle of profile.participation) {
		const results = answersShown.has(cycle.slug) ? await publishedCycleResults(db, cycle.slug) : null;
		const shown = results && cityAnswersShown(results.cycle) ? results : null;
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
}
