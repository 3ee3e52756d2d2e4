import { empty, error, type Assessment } from '$lib/domain/questionnaire/assessment';
import { isBlank, maxRawEntries } from '$lib/domain/questionnaire/normalise';
import type { MultiChoiceItem } from './definition';

/** Chosen options, once each, in the definition's order so equal answers compare equal across periods. */
export function assessMultiChoice(item: MultiChoiceItem, value: unknown): Assessment<string[]> {
	if (isBlank(value)) return empty;
	const raw = typeof value === 'string' ? [value] : value;
	if (!Array.isArray(raw) || raw.length > maxRawEntries)
		return { kind: 'errors', errors: [error(item.id, 'answer.invalidOption')] };
	const chosen = new Set<string>();
	for (const entry of raw) {
		// A blank entry is the hidden input that lets a form send "none of these".
		if (isBlank(entry)) continue;
		if (typeof entry !== 'string' || !item.options.some((o) => o.value === entry.trim()))
			return { kind: 'errors', errors: [error(item.id, 'answer.invalidOption')] };
		chosen.add(entry.trim());
	}
	if (chosen.size === 0) return empty;
	return { kind: 'value', value: item.options.map((o) => o.value).filter((v) => chosen.has(v)) };
}
