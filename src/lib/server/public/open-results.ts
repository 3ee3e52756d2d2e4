import {
	changeSincePrevious,
	commitmentResults,
	comparabilityMarks,
	indicatorSeries,
	responseRate,
	roleResults,
	type CityFilter
} from '$lib/domain/analysis';
import { cityAnswersShown, disclosedGroup } from '$lib/domain/disclosure';
import { migrantDefinitionLabels } from '$lib/domain/questionnaire/values';
import { type MessageKey } from '$lib/i18n';
import { translator } from '$lib/server/i18n/translator';
import { givenIndicators } from '../analysis/indicator-figures';
import type { Database } from '../db';
import { publishedCycleRatings, publishedCycleResults } from './cycle-results';

// The API speaks English, as its error messages do; the marks themselves are language-neutral.
const t = translator('en');

export type OpenResultsAnswer =
	| { found: false }
	| { found: true; refused: 'one-filter-at-a-time' }
	| { found: true; refused: null; body: ReturnType<typeof resultsBody> };

/**
 * Results of a published cycle for the open data API: participation (whole cycle), counts and shares per
 * commitment and role for the cities the filter selects (withheld when that group, or the rest, is too small
 * to hide a city, see `disclosedGroup`), the change since the previous published cycle, and each city's ratings
 * only when the cycle's city answers are shown.
 */
export async function openCycleResults(
	db: Database,
	slug: string,
	filter: CityFilter
): Promise<OpenResultsAnswer> {
	const results = await publishedCycleRatings(db, slug);
	if (!results) return { found: false };
	const group = disclosedGroup(results.cycle, results.cities, filter);
	if (group.refused) return { found: true, refused: group.refused };
	const previous =
		results.previousCycle && !group.withheld
			? await publishedCycleRatings(db, results.previousCycle.slug)
			: null;
	return { found: true, refused: null, body: resultsBody(results, group, filter, previous) };
}

type Results = NonNullable<Awaited<ReturnType<typeof publishedCycleRatings>>>;

function resultsBody(
	results: Results,
	group: { cities: Results['cities']; matching: number; withheld: boolean },
	filter: CityFilter,
	previous: Results | null
) {
	const { cycle } = results;
	const { cities, withheld } = group;
	return {
		cycle: {
			slug: cycle.slug,
			name: cycle.name,
			periodStart: cycle.periodStart,
			periodEnd: cycle.periodEnd,
			referenceDate: cycle.referenceDate,
			illustrative: cycle.illustrative,
			cityAnswersPublic: cycle.cityAnswersPublic
		},
		filter: {
			country: filter.country ?? null,
			size: filter.sizeBand ?? null,
			signatory: filter.signatory ?? null
		},
		participation: responseRate(results.participation),
		matching: group.matching,
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
		cities: cityAnswersShown(cycle)
			? cities.map((city) => ({
					slug: city.citySlug,
					name: city.cityName,
					countryCode: city.countryCode,
					signatory: city.signatory,
					ratings: city.ratings
				}))
			: null
	};
}

/**
 * The Integrating Cities Indicators of a published cycle, one per indicator in the questionnaire's order,
 * marked for comparability as the printed reports marked them (`*`, `**`, and our `†`). Each city's figure
 * only when the cycle's city answers are shown; otherwise how many cities gave it and how many figures are not
 * comparable. Null for any other cycle.
 */
export async function openCycleIndicators(db: Database, slug: string) {
	const results = await publishedCycleResults(db, slug, { texts: false });
	if (!results) return null;
	const { cycle } = results;
	const figuresShown = cityAnswersShown(cycle);
	const countryOf = new Map(results.cities.map((city) => [city.cityId, city.countryCode]));

	const indicators = givenIndicators(results.cities, 'en').map(({ id, name }) => {
		const series = indicatorSeries(results.cities, id);
		return {
			id,
			name,
			cities: series.points.length,
			notComparable: series.points.filter((point) => point.marks.length > 0).length,
			mostCommonYear: series.mostCommonYear,
			mostCommonDefinition: series.mostCommonDefinition,
			footnotes: series.footnotes.map(({ mark, key, params: footnote }) => ({
				mark,
				reasons: [...comparabilityMarks[mark]],
				text: t(key as MessageKey, {
					definition: footnote.definition ? migrantDefinitionLabels[footnote.definition].en : '',
					year: footnote.year === undefined ? '' : String(footnote.year)
				})
			})),
			values: figuresShown
				? series.points.map((point) => ({
						city: { slug: point.citySlug, name: point.cityName, countryCode: countryOf.get(point.cityId)! },
						...point.figure,
						reasons: point.reasons,
						marks: point.marks
					}))
				: null
		};
	});
	return {
		cycle: {
			slug: cycle.slug,
			name: cycle.name,
			illustrative: cycle.illustrative,
			cityAnswersPublic: cycle.cityAnswersPublic
		},
		indicators
	};
}
