import { describe, expect, it } from 'vitest';
import { roleResults } from '$lib/domain/analysis';
import { testCity } from '$test-support/test-cities';
import { translator } from '$lib/server/i18n/translator';
import { ratingChart } from '../charts/rating-chart';
import { chartLabel, chartPng, chartPngs } from './chart-png';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Width and height from the PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('a chart as a PNG picture', { timeout: 30_000 }, () => {
	const policy = roleResults([testCity(1, 'FFP FP PFF NPN'), testCity(2, 'FP- FP PFF NPN')]).find(
		(role) => role.role === 'policy_maker'
	)!;
	const svg = ratingChart(policy, 'Policy maker', translator('en'), 'en');

	it('is a PNG at twice the chart’s size, which it reports unscaled', async () => {
		const picture = await chartPng(svg);
		expect([...picture.png.subarray(0, 8)]).toEqual(pngSignature);
		expect(picture.width).toBe(720);
		expect(picture.height).toBeGreaterThan(0);
		expect(pngSize(picture.png)).toEqual({ width: 1440, height: picture.height * 2 });
	});

	it('draws the labels: a chart with text is a larger picture than the same bars without', async () => {
		const bare = svg.replace(/<text[\s\S]*?<\/text>/g, '');
		const pictures = await chartPngs([svg, bare, svg]);
		expect(pictures.size).toBe(2);
		expect(pictures.get(svg)!.png.length).toBeGreaterThan(pictures.get(bare)!.png.length);
	});

	it('carries the chart’s text alternative, unescaped', async () => {
		expect((await chartPng(svg)).label).toMatch(/^Bar chart of the ratings .*Policy maker/);
		expect(chartLabel('<svg role="img" aria-label="Cities &amp; &quot;towns&quot;" x="1">')).toBe(
			'Cities & "towns"'
		);
		expect(chartLabel('<svg width="10">')).toBe('');
	});
});
