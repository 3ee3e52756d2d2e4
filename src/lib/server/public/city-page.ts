import type { PublishedCycleRatings } from '$lib/domain/analysis';
import { cityAnswersShownOncePublished } from '$lib/domain/disclosure';
import type { Database } from '../db';
import { cityProfile } from '../reads/city-profile';
import { cityRatingsInPublicCycles } from '../reads/cycle-results';
import { publishedCycles } from '../reads/open-data';

/**
 * A city's public profile: its facts, its part in each published cycle and, for the cycles that made city
 * answers public, its own ratings. Every read stands on the published-cycle base, so an unpublished cycle's
 * answers never reach it; which cycles show ratings follows `cityAnswersShownOncePublished` (every cycle here
 * is published). The city's own ratings are one query: its profile needs nothing of the other cities.
 */
export async function publicCityProfile(db: Database, slug: string) {
	const profile = await cityProfile(db, slug);
	if (!profile) return null;
	const [cycles, ownRatings] = await Promise.all([
		publishedCycles(db),
		cityRatingsInPublicCycles(db, profile.city.id)
	]);
	const answersShown = new Set(
		cycles.filter((cycle) => cityAnswersShownOncePublished(cycle)).map((cycle) => cycle.slug)
	);
	const own = new Map(ownRatings.map((cycle) => [cycle.slug, cycle]));
	const ratings: PublishedCycleRatings[] = [];
	for (const cycle of profile.participation) {
		const shown = answersShown.has(cycle.slug);
		const mine = shown ? own.get(cycle.slug) : undefined;
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
}
