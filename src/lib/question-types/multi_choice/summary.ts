import { localized } from '$lib/domain/questionnaire/localized';
import { rowsOf } from '../shared/input-props';
import { textPart, type SummaryInput, type SummaryPart } from '../shared/summary-parts';
import type { MultiChoiceItem } from './definition';

export function summary({ item, value, locale }: SummaryInput<MultiChoiceItem>): SummaryPart[] {
	const labelOf = (option: unknown) =>
		localized(item.options.find((o) => o.value === option)?.label ?? { en: String(option) }, locale);
	return [textPart(rowsOf(value).map(labelOf).join(', '))];
}
