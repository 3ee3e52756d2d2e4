import { textPart, type SummaryInput, type SummaryPart } from '../shared/summary-parts';
import type { TextItem } from './definition';

/** What the city wrote, in whatever language it wrote it. */
export const summary = ({ value }: SummaryInput<TextItem>): SummaryPart[] => [
	textPart(String(value), { tone: 'answer' })
];
