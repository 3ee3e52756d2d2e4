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

/** How many drawn charts are kept: a few reports in each interface language, a few megabytes at most. */
const KEPT_CHARTS = 200;
const drawnCharts = new Map<string, string>();

/**
 * A chart drawn once for what it shows: `key` holds every input of the drawing (the counts, the names, the
 * language), so a kept SVG is the very one `draw` would make again. ECharts takes about a tenth of a second
 * per chart, and a report's four role charts were most of its page's time, redrawn on every request for
 * counts that, once published, never change. Kept in this process only, the oldest dropped first: safe to
 * lose, and never stale, as different counts make a different key.
 */
export function keptChart(key: unknown, draw: () => string): string {
	const id = JSON.stringify(key);
	const kept = drawnCharts.get(id);
	if (kept !== undefined) {
		// Most recently used last, so the oldest unused is the one dropped.
		drawnCharts.delete(id);
		drawnCharts.set(id, kept);
		return kept;
	}
	const svg = draw();
	drawnCharts.set(id, svg);
	if (drawnCharts.size > KEPT_CHARTS) {
		const oldest = drawnCharts.keys().next().value;
		if (oldest !== undefined) drawnCharts.delete(oldest);
	}
	return svg;
}
