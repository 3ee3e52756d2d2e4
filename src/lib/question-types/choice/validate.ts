import { empty, error, type Assessment } from '$lib/domain/questionnaire/assessment';
import { isBlank } from '$lib/domain/questionnaire/normalise';
import type { ChoiceItem } from './definition';

export function assessChoice(item: ChoiceItem, value: unknown): Assessment<string> {
	if (isBlank(value)) return empty;
	const choice = typeof value === 'string' ? value.trim() : null;
	if (choice === null || !item.options.some((o) => o.value === choice))
		return { kind: 'errors', errors: [error(item.id, 'answer.invalidOption')] };
	return { kind: 'value', value: choice };
}
