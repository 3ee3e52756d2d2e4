import { cityAnswersShown } from '$lib/domain/disclosure';
import type { Locale } from '$lib/domain/locale';
import type { Database } from '../db';
import { givenIndicators, indicatorFigures } from '../analysis/indicator-figures';
import { publishedCycleResults } from './cycle-results';

/**
 * Every city's figure of one indicator of a published report, where a large network's report links from its
 * summary: null unless the cycle is published, made city answers public and has that indicator.
 */
export async function publishedIndicatorFigures(
	db: Database,
	slug: string,
	indicatorId: string,
	locale: Locale
) {
	const results = await publishedCycleResults(db, slug, { texts: false });
	if (!results || !cityAnswersShown(results.cycle)) return null;
	const indicator = givenIndicators(results.cities, locale).find((candidate) => candidate.id === indicatorId);
	if (!indicator) return null;
	// The table needs no chart: the figures are the point of this page.
	const figures = indicatorFigures(results.cities, indicator, locale, { chart: false });
	return { cycle: { slug: results.cycle.slug, name: results.cycle.name }, indicator, figures };
}
