import { describe, expect, it } from 'vitest';
import { changeSincePrevious, roleResults } from '$lib/domain/analysis';
import { testCity } from '$test-support/test-cities';
import { translator } from '$lib/server/i18n/translator';
import { changeChart } from './change-chart';
import { ratingChart } from './rating-chart';

const t = translator('en');
// Policy maker (1–3): fully 2/1/0, partly 1/1/1, not at all 0/0/1, no answer 0/1/1.
const cities = [
	testCity(1, 'FFP FP PFF NPN'),
	testCity(2, 'FP- FP PFF NPN'),
	testCity(3, 'PFN FP PFF NPN'),
	testCity(4, 'F-- FP PFF NPN')
];
const ariaLabel = (svg: string) => /aria-label="([^"]*)"/.exec(svg)?.[1] ?? '';
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('the ratings chart of a role', () => {
	const policy = roleResults(cities).find((role) => role.role === 'policy_maker')!;
	const svg = ratingChart(policy, 'Policy maker', t, 'en');

	it('is one SVG image named by a summary of its numbers', () => {
		expect(svg.startsWith('<svg role="img" aria-label="')).toBe(true);
		expect(ariaLabel(svg)).toContain('Policy maker');
		expect(ariaLabel(svg)).toContain('Commitment 1: 3 fully, 1 partly, 0 not at all, 0 no answer');
		expect(ariaLabel(svg)).toContain('Commitment 3: 0 fully, 1 partly, 1 not at all, 2 no answer');
		expect(svg).toContain('viewBox=');
	});

	it('has one bar per commitment of the role and labels each segment with its count', () => {
		const labels = texts(svg);
		expect(labels.filter((text) => /^Commitment \d+$/.test(text!))).toEqual([
			'Commitment 1',
			'Commitment 2',
			'Commitment 3'
		]);
		for (const legend of ['Fully', 'Partly', 'Not at all', 'No answer']) expect(labels).toContain(legend);
		// Bars of commitment 1: a 3 (fully) and a 1 (partly); empty segments carry no label.
		expect(labels).toContain('3');
		// Four segments (series) on each of the three bars (commitments); a zero segment is drawn empty.
		const bars = [
			...svg.matchAll(/ecmeta_series_index="(\d)" ecmeta_data_index="(\d)" ecmeta_ssr_type="chart"/g)
		];
		expect(bars).toHaveLength(12);
		expect(new Set(bars.map((bar) => bar[2]))).toEqual(new Set(['0', '1', '2']));
	});

	it('speaks the reader’s language', () => {
		const fr = ratingChart(policy, 'Décideur politique', translator('fr'), 'fr');
		expect(texts(fr)).toContain('Engagement 1');
		expect(texts(fr)).toContain('Pleinement');
	});
});

describe('the change chart', () => {
	it('has one bar per commitment and says how many got better, stayed, got worse', () => {
		const previous = [testCity(1, 'PPP PP PPP PPP'), testCity(2, 'FFF FF FFF FFF')];
		const current = [
			testCity(1, 'FPN PP PPP PPP'),
			testCity(2, 'FFF FF FFF FFF'),
			testCity(3, 'FFF FF FFF FFF')
		];
		const svg = changeChart(changeSincePrevious(previous, current), '2016–2018', t, 'en');
		expect(texts(svg).filter((text) => /^Commitment \d+$/.test(text!))).toHaveLength(11);
		expect(ariaLabel(svg)).toContain('change since 2016–2018');
		expect(ariaLabel(svg)).toContain('Commitment 1: 1 better, 1 same, 0 worse');
		expect(ariaLabel(svg)).toContain('Commitment 3: 0 better, 1 same, 1 worse');
	});
});

describe('a chart drawn before', () => {
	const policy = roleResults(cities).find((role) => role.role === 'policy_maker')!;

	it('is the same picture again, and other counts or another language draw another', () => {
		const first = ratingChart(policy, 'Policy maker', t, 'en');
		expect(ratingChart(structuredClone(policy), 'Policy maker', t, 'en')).toBe(first);
		const moreCities = roleResults([...cities, testCity(5, 'FFF FP PFF NPN')]).find(
			(role) => role.role === 'policy_maker'
		)!;
		const redrawn = ratingChart(moreCities, 'Policy maker', t, 'en');
		expect(ariaLabel(redrawn)).toContain('Commitment 1: 4 fully');
		expect(ariaLabel(first)).toContain('Commitment 1: 3 fully');
		const french = ratingChart(policy, 'Décideur politique', translator('fr'), 'fr');
		expect(french).not.toBe(first);
		expect(ariaLabel(french)).toContain('Décideur politique');
	});
});
