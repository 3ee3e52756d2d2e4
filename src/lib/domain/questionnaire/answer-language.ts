import type { Item } from './definition';

/**
 * The language a city's free text is written in. A response has one language, chosen once; an answer can say
 * it is written in another (a report pasted in English into a French response). Only items where the city
 * writes sentences carry one: texts, and ratings for their evidence.
 */
export function writesFreeText(item: Pick<Item, 'type'>): boolean {
	return item.type === 'text' || item.type === 'rating';
}

/** The form field beside an answer that names its language; "" means the response's language. */
export const answerLanguageField = (itemId: string) => `__lang.${itemId}`;

/** The language an answer's text is in: its own, else the response's; null when neither is known. */
export function textLanguage(
	answerLanguage: string | null | undefined,
	responseLanguage: string | null | undefined
): string | null {
	return answerLanguage ?? responseLanguage ?? null;
}
