import type { Rating } from '$lib/domain/questionnaire/values';

/**
 * Colours and patterns of the charts. Neighbouring segments differ in lightness as well as hue, and each
 * carries a pattern (decal) and a direct label, so no reading depends on colour alone; the table beside every
 * chart is the full alternative. Text on each fill has a contrast of at least 4.5:1.
 */
export interface Fill {
	color: string;
	text: string;
	decal?: {
		symbol: string;
		symbolSize?: number;
		dashArrayX: number[] | number[][];
		dashArrayY: number[];
		rotation?: number;
		color: string;
	};
	border?: string;
}

const stripes = (color: string) => ({
	symbol: 'rect',
	dashArrayX: [1, 0],
	dashArrayY: [3, 5],
	rotation: Math.PI / 4,
	color
});
const dots = (color: string) => ({
	symbol: 'circle',
	symbolSize: 0.6,
	dashArrayX: [
		[6, 6],
		[0, 6, 6, 0]
	],
	dashArrayY: [6, 0],
	color
});

export const ratingFills: Record<Rating | 'noAnswer', Fill> = {
	fully: { color: '#1d4e89', text: '#ffffff' },
	partly: { color: '#9cc3ea', text: '#1b1b1b', decal: stripes('rgba(255,255,255,0.7)') },
	not_at_all: { color: '#f0a830', text: '#1b1b1b', decal: dots('rgba(90,50,0,0.35)') },
	noAnswer: { color: '#ffffff', text: '#1b1b1b', border: '#6f777b' }
};

export const changeFills: Record<'better' | 'same' | 'worse', Fill> = {
	better: { color: '#1d4e89', text: '#ffffff' },
	same: { color: '#d9dadb', text: '#1b1b1b', decal: stripes('rgba(255,255,255,0.8)') },
	worse: { color: '#f0a830', text: '#1b1b1b', decal: dots('rgba(90,50,0,0.35)') }
};

export const barFill: Fill = { color: '#1d4e89', text: '#1b1b1b' };

/** ECharts item style of a fill. */
export function itemStyle(fill: Fill) {
	return {
		color: fill.color,
		...(fill.decal ? { decal: fill.decal } : {}),
		...(fill.border ? { borderColor: fill.border, borderWidth: 1 } : {})
	};
}
