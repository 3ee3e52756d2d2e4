import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

/** Escapes text for an XML/HTML attribute value or text node. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** The interface's own font stack, so the charts read like the page around them. */
export const chartFont = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

export interface ChartFrame {
	width: number;
	height: number;
	/** The chart's text alternative: a short summary; the table next to the chart holds every number. */
	label: string;
}

/**
 * Draws an ECharts option to a static SVG string on the server (no browser, no client script). ECharts
 * escapes the text it writes into text nodes (city names, labels); it does not escape attribute values, so
 * the only attributes carrying our text are the ones added here, escaped by us. The SVG is an image with
 * a name (`role="img"`, `aria-label`): its text nodes are then not read one by one.
 */
export function renderChart(option: EChartsOption, { width, height, label }: ChartFrame): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({
			animation: false,
			textStyle: { fontFamily: chartFont, fontSize: 13, color: '#1b1b1b' },
			...option
		});
		const svg = chart.renderToSVGString({ useViewBox: true });
		return svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeXml(label)}" focusable="false" `);
	} finally {
		chart.dispose();
	}
}
