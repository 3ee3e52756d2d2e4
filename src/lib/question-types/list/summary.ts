import { rowsSummary } from '../shared/rows-summary';
import type { SummaryInput } from '../shared/summary-parts';
import type { ListItem } from './definition';

export const summary = ({ value }: SummaryInput<ListItem>) => rowsSummary(value);
