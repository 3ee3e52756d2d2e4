import { z } from 'zod';
import {
	changeSincePrevious,
	commitmentResults,
	filterCities,
	responseRate,
	roleResults,
	sizeBands,
	type CityFilter
} from '$lib/domain/analysis';
import { apiError, apiJson, parseQuery } from '$lib/server/api/respond';
import { cycleResults } from '$lib/server/reads/cycle-results';
import type { RequestHandler } from './$types';

const resultsQuery = z.object({
	country: z
		.string()
		.regex(/^[A-Z]{2}$/, 'Use an ISO 3166-1 alpha-2 code in capitals, e.g. FI')
		.optional(),
	size: z.enum([...sizeBands, 'unknown']).optional(),
	signatory: z.enum(['true', 'false']).optional()
});

/**
 * When only aggregates are public, a filter that leaves a handful of cities (or leaves out a handful, so the
 * unfiltered totals minus this answer give theirs) would show those cities' own ratings. Below this many
 * cities on either side the ratings are withheld; and only one filter at a time, so that two overlapping
 * filters cannot be subtracted from each other.
 */
const minimumGroup = 5;

/**
 * Results of a published cycle: participation (whole cycle), counts and shares per commitment and role, the
 * change since the previous published cycle (for the filtered cities), and each city's ratings only when the
 * cycle made city answers public. Any other cycle answers 404, as if it did not exist.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const query = parseQuery(resultsQuery, url);
	if (!query.ok) return query.response;
	const db = locals.app.db;
	const results = await cycleResults(db, params.slug, { publishedOnly: true });
	if (!results) return apiError(404, `No published cycle "${params.slug}"`);
	const { cycle } = results;

	const { country, size, signatory } = query.data;
	const filter: CityFilter = {
		country,
		sizeBand: size,
		signatory: signatory === undefined ? undefined : signatory === 'true'
	};
	const filtersUsed = [country, size, signatory].filter((value) => value !== undefined).length;
	if (!cycle.cityAnswersPublic && filtersUsed > 1)
		return apiError(400, 'Use one filter at a time: this cycle publishes only aggregated results', [
			{ parameter: 'country', message: 'Only one of country, size and signatory may be given' }
		]);
	const cities = filterCities(results.cities, filter);
	const rest = results.cities.length - cities.length;
	const withheld =
		!cycle.cityAnswersPublic && filtersUsed > 0 && (cities.length < minimumGroup || rest < minimumGroup);

	const previous =
		results.previousCycle && !withheld
			? await cycleResults(db, results.previousCycle.slug, { publishedOnly: true })
			: null;

	return apiJson({
		cycle: {
			slug: cycle.slug,
			name: cycle.name,
			periodStart: cycle.periodStart,
			periodEnd: cycle.periodEnd,
			referenceDate: cycle.referenceDate,
			illustrative: cycle.illustrative,
			cityAnswersPublic: cycle.cityAnswersPublic
		},
		filter: { country: country ?? null, size: size ?? null, signatory: filter.signatory ?? null },
		participation: responseRate(results.participation),
		matching: cities.length,
		withheld,
		commitments: withheld ? null : commitmentResults(cities),
		roles: withheld
			? null
			: roleResults(cities).map(({ role, commitments, total, shares }) => ({
					role,
					commitments: commitments.map((result) => result.commitment),
					counts: total,
					shares
				})),
		change: previous
			? {
					previousCycle: {
						slug: previous.cycle.slug,
						name: previous.cycle.name,
						illustrative: previous.cycle.illustrative
					},
					previousParticipation: responseRate(previous.participation),
					commitments: changeSincePrevious(previous.cities, cities)
				}
			: null,
		cities: cycle.cityAnswersPublic
			? cities.map((city) => ({
					slug: city.citySlug,
					name: city.cityName,
					countryCode: city.countryCode,
					signatory: city.signatory,
					ratings: city.ratings
				}))
			: null
	});
};
