import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import type { CommitmentChange } from '$lib/domain/analysis';
import type { Locale } from '$lib/domain/locale';
import { formatNumber, type Translate } from '$lib/i18n';
import { changeFills } from './palette';
import { stackedFrame, stackedSeries } from './rating-chart';
import { keptChart, renderChart } from './render';

const moves = ['better', 'same', 'worse'] as const;

/** Stacked horizontal bars, one per commitment: the cities whose rating got better, stayed, got worse. */
export function changeChart(
	changes: readonly CommitmentChange[],
	previousName: string,
	t: Translate,
	locale: Locale
): string {
	// `t` is the translator of `locale`, so the key holds every input.
	return keptChart(['change', changes, previousName, locale], () =>
		drawChangeChart(changes, previousName, t, locale)
	);
}

function drawChangeChart(
	changes: readonly CommitmentChange[],
	previousName: string,
	t: Translate,
	locale: Locale
): string {
	const categories = changes.map(({ commitment }) =>
		m.analysis_commitmentShort({ number: commitment }, { locale: t.locale })
	);
	const series = moves.map((move) =>
		stackedSeries(
			pick(
				{
					better: m.analysis_change_better,
					caption: m.analysis_change_caption,
					compared: m.analysis_change_compared,
					intro: m.analysis_change_intro,
					matrixCaption: m.analysis_change_matrixCaption,
					matrixSummary: m.analysis_change_matrixSummary,
					matrixTitle: m.analysis_change_matrixTitle,
					noPrevious: m.analysis_change_noPrevious,
					noneCompared: m.analysis_change_noneCompared,
					ratingIn: m.analysis_change_ratingIn,
					same: m.analysis_change_same,
					title: m.analysis_change_title,
					titleNoPrevious: m.analysis_change_titleNoPrevious,
					worse: m.analysis_change_worse
				},
				move
			)({}, { locale: t.locale }),
			changes.map((change) => change[move]),
			changeFills[move],
			locale
		)
	);
	const n = (value: number) => formatNumber(locale, value);
	const summary = changes
		.map((change) =>
			m.analysis_chart_changeItem(
				{
					number: change.commitment,
					better: n(change.better),
					same: n(change.same),
					worse: n(change.worse)
				},
				{ locale: t.locale }
			)
		)
		.join('; ');
	return renderChart(
		{ ...stackedFrame(categories, t), series },
		{
			width: 720,
			height: 100 + 36 * categories.length,
			label: m.analysis_chart_changeLabel({ previous: previousName, summary }, { locale: t.locale })
		}
	);
}
