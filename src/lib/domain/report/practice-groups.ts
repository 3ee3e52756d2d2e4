import { commitments } from '../charter';
import type { Locale } from '../locale';
import { translatedLabel } from '../practices/vocabulary-translations';
import { trends } from '../practices/vocabulary';

export interface GroupablePractice {
	slug: string;
	title: string;
	cityName: string;
	citySlug: string;
	commitments: number[];
	trends: string[];
}

export interface PracticeGroup<P> {
	/** The commitment number or the trend key. */
	key: string;
	/** "3" or "6" as the reports number commitments and trends. */
	number: number;
	title: string;
	practices: P[];
}

/**
 * Practices under every commitment they serve, in the Charter's order. A practice serving two commitments
 * appears under both, as in the printed reports; commitments without a practice are left out.
 */
export function practicesByCommitment<P extends GroupablePractice>(
	practices: readonly P[],
	locale: Locale
): PracticeGroup<P>[] {
	return commitments
		.map((commitment) => ({
			key: String(commitment.number),
			number: commitment.number,
			title: commitment.text[locale],
			practices: practices.filter((practice) => practice.commitments.includes(commitment.number))
		}))
		.filter((group) => group.practices.length > 0);
}

/** Practices under each of the eight trends they illustrate, in the trends' order; empty trends left out. */
export function practicesByTrend<P extends GroupablePractice>(
	practices: readonly P[],
	locale: Locale
): PracticeGroup<P>[] {
	return trends
		.map((trend) => ({
			key: trend.key as string,
			number: trend.number,
			title: translatedLabel('trend', trend.key, locale) ?? trend.title.en,
			practices: practices.filter((practice) => practice.trends.includes(trend.key))
		}))
		.filter((group) => group.practices.length > 0);
}
