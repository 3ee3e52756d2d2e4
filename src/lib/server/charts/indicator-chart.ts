import { m } from '$lib/paraglide/messages.js';
import type { IndicatorPoint } from '$lib/domain/analysis';
import type { Locale } from '$lib/domain/locale';
import { formatNumber, type Translate } from '$lib/i18n';
import { markedName } from '$lib/domain/analysis/marked-name';
import { barFill } from './palette';
import { renderChart } from './render';

export { markedName };

/**
 * One horizontal bar per city, highest first (the order the series comes in), the value written at the
 * end of each bar. The footnotes explaining the marks are the page's, under the chart.
 */
export function indicatorChart(
	points: readonly IndicatorPoint[],
	indicatorName: string,
	t: Translate,
	locale: Locale
): string {
	const format = (value: number) => formatNumber(locale, value);
	const values = points.map((point) => point.figure.value);
	return renderChart(
		{
			grid: { left: 32, right: 56, top: 16, bottom: 16, containLabel: true },
			xAxis: { type: 'value', axisLabel: { color: '#4a4a4a' } },
			yAxis: {
				type: 'category',
				inverse: true,
				data: points.map(markedName),
				axisLabel: { color: '#1b1b1b', fontSize: 13, interval: 0 }
			},
			series: [
				{
					type: 'bar',
					name: indicatorName,
					data: values,
					barMaxWidth: 18,
					silent: true,
					emphasis: { disabled: true },
					itemStyle: { color: barFill.color },
					label: {
						show: true,
						position: 'right',
						color: barFill.text,
						formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? format(value) : '')
					}
				}
			]
		},
		{
			width: 720,
			height: 40 + 24 * Math.max(points.length, 1),
			label: m.analysis_chart_indicatorLabel(
				{
					indicator: indicatorName,
					count: format(points.length),
					max: format(values.length ? Math.max(...values) : 0),
					min: format(values.length ? Math.min(...values) : 0)
				},
				{ locale: t.locale }
			)
		}
	);
}
