import { charterQuestionnaire } from '$lib/domain/questionnaire/charter-questionnaire';
import { itemsOf, type Item, type NumberItem } from '$lib/domain/questionnaire/definition';

/** Shared by the tests: items of the shipped questionnaire by id, and a 2024–2026 cycle. */

export const context = { cycleStartYear: 2024, cycleEndYear: 2026 };

export function shippedItem<T extends Item['type']>(id: string, type: T): Extract<Item, { type: T }> {
	const found = itemsOf(charterQuestionnaire).find(({ item }) => item.id === id)?.item;
	if (!found || found.type !== type) throw new Error(`No ${type} item '${id}' in the shipped questionnaire`);
	return found as Extract<Item, { type: T }>;
}

export function numberItem(extra: Partial<NumberItem> = {}): NumberItem {
	return {
		id: 'share',
		type: 'number',
		label: { en: 'A share' },
		required: false,
		unit: { en: '%' },
		withYear: true,
		withSource: false,
		...extra
	};
}
