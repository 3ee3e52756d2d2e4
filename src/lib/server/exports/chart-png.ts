import { existsSync } from 'node:fs';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

/** A chart drawn as a picture for documents that cannot hold SVG (Word): the PNG and its size in CSS pixels. */
export interface ChartPicture {
	png: Buffer;
	/** The chart's own size (its viewBox), before the scale: what a page lays it out at. */
	width: number;
	height: number;
	/** The chart's text alternative, taken from its `aria-label`. */
	label: string;
}

const renderOptions = (scale: number): ResvgRenderOptions => ({
	fitTo: { mode: 'zoom', value: scale },
	font: chartFonts(),
	background: '#ffffff'
});

/**
 * Rasterises a server-rendered chart (SVG from `renderChart`) at `scale` times its size, 2 by default, so it
 * stays sharp when printed or zoomed. The charts name a system-ui font stack that no server has; DejaVu Sans,
 * installed with the server, stands in for all of them so labels always draw.
 */
export async function chartPng(svg: string, scale = 2): Promise<ChartPicture> {
	// Off the event loop (libuv's thread pool): a chart takes 50 ms or more, and a report has several.
	const image = await renderAsync(svg, renderOptions(scale));
	return {
		png: image.asPng(),
		width: Math.round(image.width / scale),
		height: Math.round(image.height / scale),
		label: chartLabel(svg)
	};
}

/** Every chart of a document at once, keyed by its SVG text. */
export async function chartPngs(svgs: readonly string[]): Promise<Map<string, ChartPicture>> {
	const unique = [...new Set(svgs)];
	const pictures = await Promise.all(unique.map((svg) => chartPng(svg)));
	return new Map(unique.map((svg, index) => [svg, pictures[index]!]));
}

/** The `aria-label` of a chart's root element, unescaped; empty when there is none. */
export function chartLabel(svg: string): string {
	const match = /^<svg[^>]*?\saria-label="([^"]*)"/.exec(svg);
	if (!match) return '';
	return match[1]!
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

const dejaVu = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
	(file) => `/usr/share/fonts/truetype/dejavu/${file}`
);
let fonts: ResvgRenderOptions['font'] | undefined;

/**
 * The fonts resvg draws with. Scanning every system font costs some 70 ms per chart, so the two DejaVu Sans
 * files the charts need are loaded alone where they are at the usual place; elsewhere, the system's fonts.
 */
function chartFonts(): ResvgRenderOptions['font'] {
	fonts ??= dejaVu.every((file) => existsSync(file))
		? {
				loadSystemFonts: false,
				fontFiles: dejaVu,
				defaultFontFamily: 'DejaVu Sans',
				sansSerifFamily: 'DejaVu Sans'
			}
		: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
	return fonts;
}
