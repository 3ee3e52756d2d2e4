import { rowsSummary } from '../shared/rows-summary';
import type { SummaryInput } from '../shared/summary-parts';
import type { LinksItem } from './definition';

export const summary = ({ value }: SummaryInput<LinksItem>) => rowsSummary(value);
