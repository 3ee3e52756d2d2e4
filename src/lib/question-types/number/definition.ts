export type { NumberItem } from './schema';

/** A number with unit from the item; year and source only when the item asks for them. */
export interface FigureValue {
	value: number;
	year?: number;
	source?: string;
}
