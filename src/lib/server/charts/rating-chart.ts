import { pick } from '$lib/i18n/pick';
import { m } from '$lib/paraglide/messages.js';
import type { RoleResult } from '$lib/domain/analysis';
import type { Rating } from '$lib/domain/questionnaire/values';
import type { Locale } from '$lib/domain/locale';
import { formatNumber, type Translate } from '$lib/i18n';
import { itemStyle, ratingFills, type Fill } from './palette';
import { keptChart, renderChart } from './render';

const segments: readonly (Rating | 'noAnswer')[] = ['fully', 'partly', 'not_at_all', 'noAnswer'];

/** One horizontal bar series of a stacked chart, labelled inside each segment (empty segments unlabelled). */
export function stackedSeries(name: string, data: number[], fill: Fill, locale: Locale) {
	return {
		type: 'bar' as const,
		name,
		stack: 'total',
		data,
		barMaxWidth: 32,
		silent: true,
		emphasis: { disabled: true },
		itemStyle: itemStyle(fill),
		label: {
			show: true,
			position: 'inside' as const,
			color: fill.text,
			fontWeight: 'bold' as const,
			formatter: ({ value }: { value: unknown }) =>
				typeof value === 'number' && value > 0 ? formatNumber(locale, value) : ''
		}
	};
}

/** The frame shared by the stacked charts: category axis of commitments, first at the top, legend above. */
export function stackedFrame(categories: string[], t: Translate) {
	return {
		// The left margin leaves room for fonts wider than the one ECharts measures labels with on the server.
		grid: { left: 32, right: 24, top: 48, bottom: 40, containLabel: true },
		legend: { top: 8, left: 0, itemGap: 20, textStyle: { fontSize: 13, color: '#1b1b1b' } },
		xAxis: {
			type: 'value' as const,
			minInterval: 1,
			name: m.analysis_chart_cities({}, { locale: t.locale }),
			nameLocation: 'middle' as const,
			nameGap: 28,
			axisLabel: { color: '#4a4a4a' }
		},
		yAxis: {
			type: 'category' as const,
			inverse: true,
			data: categories,
			axisLabel: { color: '#1b1b1b', fontSize: 13 }
		}
	};
}

/**
 * Stacked horizontal bars of one role, one bar per commitment: fully / partly / not at all / no answer, as
 * numbers of cities (the table beside gives the shares). Bars are counts rather than shares so that
 * a bar's length is the number of responding cities, blanks included.
 */
export function ratingChart(result: RoleResult, roleName: string, t: Translate, locale: Locale): string {
	// `t` is the translator of `locale`, so the key holds every input.
	return keptChart(['rating', result, roleName, locale], () => drawRatingChart(result, roleName, t, locale));
}

function drawRatingChart(result: RoleResult, roleName: string, t: Translate, locale: Locale): string {
	const categories = result.commitments.map(({ commitment }) =>
		m.analysis_commitmentShort({ number: commitment }, { locale: t.locale })
	);
	const series = segments.map((segment) =>
		stackedSeries(
			pick(
				{
					fully: m.analysis_rating_fully,
					noAnswer: m.analysis_rating_noAnswer,
					not_at_all: m.analysis_rating_not_at_all,
					partly: m.analysis_rating_partly
				},
				segment
			)({}, { locale: t.locale }),
			result.commitments.map(({ counts }) => counts[segment]),
			ratingFills[segment],
			locale
		)
	);
	const n = (value: number) => formatNumber(locale, value);
	const summary = result.commitments
		.map(({ commitment, counts }) =>
			m.analysis_chart_ratingsItem(
				{
					number: commitment,
					fully: n(counts.fully),
					partly: n(counts.partly),
					notAtAll: n(counts.not_at_all),
					noAnswer: n(counts.noAnswer)
				},
				{ locale: t.locale }
			)
		)
		.join('; ');
	return renderChart(
		{ ...stackedFrame(categories, t), series },
		{
			width: 720,
			height: 100 + 44 * categories.length,
			label: m.analysis_chart_ratingsLabel({ role: roleName, summary }, { locale: t.locale })
		}
	);
}
