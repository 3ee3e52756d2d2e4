import { comparabilityMarks, indicatorSeries } from '$lib/domain/analysis';
import { pageOf, pagingSchema } from '$lib/domain/open-data/paging';
import { migrantDefinitionLabels } from '$lib/domain/questionnaire/values';
import { translator, type MessageKey } from '$lib/i18n';
import { givenIndicators } from '$lib/server/analysis/indicator-figures';
import { apiError, apiJson, parseQuery } from '$lib/server/api/respond';
import { cycleResults } from '$lib/server/reads/cycle-results';
import type { RequestHandler } from './$types';

// The API speaks English, as its error messages do; the marks themselves are language-neutral.
const t = translator('en');

/**
 * The Integrating Cities Indicators of a published cycle, one item per indicator in the questionnaire's order,
 * marked for comparability as the printed reports marked them (`*`, `**`, and our `†`). Each city's figure
 * only when the cycle made city answers public; otherwise how many cities gave it and how many figures are
 * not comparable. Any other cycle answers 404, as if it did not exist.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const query = parseQuery(pagingSchema, url);
	if (!query.ok) return query.response;
	const results = await cycleResults(locals.app.db, params.slug, { publishedOnly: true });
	if (!results) return apiError(404, `No published cycle "${params.slug}"`);
	const { cycle } = results;

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
			values: cycle.cityAnswersPublic
				? series.points.map((point) => ({
						city: { slug: point.citySlug, name: point.cityName, countryCode: countryOf.get(point.cityId)! },
						...point.figure,
						reasons: point.reasons,
						marks: point.marks
					}))
				: null
		};
	});

	return apiJson({
		cycle: {
			slug: cycle.slug,
			name: cycle.name,
			illustrative: cycle.illustrative,
			cityAnswersPublic: cycle.cityAnswersPublic
		},
		...pageOf(indicators, query.data)
	});
};
