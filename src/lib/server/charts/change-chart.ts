import { changeMoveName, changeMoves } from '$lib/i18n/change-moves';
import { m } from '$lib/paraglide/messages.js';
import type { CommitmentChange } from '$lib/domain/analysis';
import type { Locale } from '$lib/domain/locale';
import { formatNumber, type Translate } from '$lib/i18n';
import { changeFills } from './palette';
import { stackedFrame, stackedSeries } from './rating-chart';
import { keptChart, renderChart } from './render';

const moves = changeMoves;

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
			changeMoveName(move, t.locale),
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
