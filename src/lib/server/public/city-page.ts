import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { cityResultFromAnswers, type CityResult, type PublishedCycleRatings } from '$lib/domain/analysis';
import { cityAnswersShownOncePublished } from '$lib/domain/disclosure';
import type { Database } from '../db';
import { cycles, responses } from '../db/schema';
import { cityProfile } from '../reads/city-profile';
import { countedStates } from '../reads/cycle-results';
import { publishedCycles } from '../reads/open-data';
import { isPublishedCycle } from './published-cycles';

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

/** A city's own ratings in one published cycle that made city answers public. */
interface CityCycleRatings {
	slug: string;
	illustrative: boolean;
	ratings: CityResult['ratings'];
}

/**
 * A city's ratings in every published cycle that made city answers public and counts its response, in one
 * query: its profile needs nothing of the other cities, and reading each cycle's results for one city's row
 * cost a query pair per cycle, each counting the whole cycle's participation.
 */
async function cityRatingsInPublicCycles(db: Database, cityId: number): Promise<CityCycleRatings[]> {
	const rows = await db
		.select({
			slug: cycles.slug,
			illustrative: cycles.ratingsIllustrative,
			answers: sql<Record<string, unknown>>`(select coalesce(jsonb_object_agg(a.item_id,
					jsonb_build_object('rating', a.value->'rating')), '{}'::jsonb)
				from answers a where a.response_id = ${responses.id} and a.item_id like 'c%-rating')`
		})
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(
			and(
				eq(responses.cityId, cityId),
				inArray(responses.state, [...countedStates]),
				isPublishedCycle(),
				eq(cycles.cityAnswersPublic, true)
			)
		)
		.orderBy(asc(cycles.periodStart));
	return rows.map(({ slug, illustrative, answers }) => ({
		slug,
		illustrative,
		ratings: cityResultFromAnswers(
			{ cityId, citySlug: '', cityName: '', countryCode: '', population: null, signatory: false },
			answers
		).ratings
	}));
}
