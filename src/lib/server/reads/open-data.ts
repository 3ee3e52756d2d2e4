import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db';
import { cities, cycles, responses } from '../db/schema';
import { cityProfile } from './city-profile';
import { countedStates } from './cycle-results';
import { isPublishedCycle } from '../public/published-cycles';

/**
 * Reads behind the open data API. Only published cycles ever appear: a draft, open or closed cycle does not
 * exist for the public, not even by its slug.
 */

export interface OpenCycle {
	slug: string;
	name: string;
	periodStart: string;
	periodEnd: string;
	reportNumber: number | null;
	reportYear: number | null;
	cityAnswersPublic: boolean;
	participants: number;
}

const cycleColumns = {
	slug: cycles.slug,
	name: cycles.name,
	periodStart: cycles.periodStart,
	periodEnd: cycles.periodEnd,
	reportNumber: cycles.reportNumber,
	reportYear: cycles.reportYear,
	cityAnswersPublic: cycles.cityAnswersPublic,
	participants: count(responses.id)
};

/**
 * A city took part in a cycle when its response counts (submitted or accepted), as in the report and the
 * results: an invitation left unanswered is not participation.
 */
const countedResponse = and(eq(responses.cycleId, cycles.id), inArray(responses.state, [...countedStates]));

export async function publishedCycles(db: Database): Promise<OpenCycle[]> {
	return db
		.select(cycleColumns)
		.from(cycles)
		.leftJoin(responses, countedResponse)
		.where(isPublishedCycle())
		.groupBy(cycles.id)
		.orderBy(asc(cycles.periodStart));
}

export async function publishedCycle(db: Database, slug: string) {
	const [cycle] = await db
		.select({ ...cycleColumns, id: cycles.id })
		.from(cycles)
		.leftJoin(responses, countedResponse)
		.where(and(isPublishedCycle(), eq(cycles.slug, slug)))
		.groupBy(cycles.id);
	if (!cycle) return null;
	const participants = await db
		.select({ slug: cities.slug, name: cities.name, countryCode: cities.countryCode })
		.from(responses)
		.innerJoin(cities, eq(cities.id, responses.cityId))
		.where(and(eq(responses.cycleId, cycle.id), inArray(responses.state, [...countedStates])))
		.orderBy(asc(cities.name));
	const { id: _id, ...open } = cycle;
	return { ...open, cities: participants };
}

/** A city as the API shows it: its facts and the published cycles it took part in. */
export async function openCity(db: Database, slug: string) {
	const profile = await cityProfile(db, slug);
	if (!profile) return null;
	const { city, participation } = profile;
	return {
		slug: city.slug,
		name: city.name,
		countryCode: city.countryCode,
		population: city.population,
		latitude: city.latitude,
		longitude: city.longitude,
		signedOn: city.signedOn,
		signedOnPrecision: city.signedOnPrecision,
		signingSource: city.signingSource,
		cycles: participation
			.filter((cycle) => (countedStates as readonly string[]).includes(cycle.state))
			.map((cycle) => ({ slug: cycle.slug, name: cycle.name }))
	};
}
