import { localized } from '$lib/domain/questionnaire/localized';
import { textPart, type SummaryInput, type SummaryPart } from '../shared/summary-parts';
import type { ChoiceItem } from './definition';

export const summary = ({ item, value, locale }: SummaryInput<ChoiceItem>): SummaryPart[] => [
	textPart(localized(item.options.find((o) => o.value === value)?.label ?? { en: String(value) }, locale))
];
