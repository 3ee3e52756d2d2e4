import { figureText } from '../shared/figure-summary';
import { textPart, type SummaryInput, type SummaryPart } from '../shared/summary-parts';
import type { NumberItem } from './definition';

export const summary = ({ item, value, locale }: SummaryInput<NumberItem>): SummaryPart[] => [
	textPart(figureText(value, item.unit, locale))
];
