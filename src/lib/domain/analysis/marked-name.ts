import type { IndicatorPoint } from '$lib/domain/analysis';

/** A city's name with its comparability marks, as the printed reports wrote it beside the bar: "Berlin **". */
export function markedName(point: Pick<IndicatorPoint, 'cityName' | 'marks'>): string {
	return point.marks.length ? `${point.cityName} ${point.marks.join(' ')}` : point.cityName;
}
