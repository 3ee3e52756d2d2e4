import { z } from 'zod';
import { contentLanguages, type ContentLanguage } from '../content-language';
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

export const responseLanguageSchema = z.enum(contentLanguages, 'respond.language.unknown');

const answerLanguageSchema = z.enum(contentLanguages).or(z.literal('')).optional().catch(undefined);

/**
 * The answer's own language from a submitted form: a language, null for "the response's language", or
 * undefined when the form did not send the field (the answer keeps the language it has).
 */
export function answerLanguageFromForm(form: FormData, itemId: string): ContentLanguage | null | undefined {
	const raw = form.get(answerLanguageField(itemId));
	const parsed = answerLanguageSchema.parse(typeof raw === 'string' ? raw : undefined);
	return parsed === '' ? null : parsed;
}

/** The language an answer's text is in: its own, else the response's; null when neither is known. */
export function textLanguage(
	answerLanguage: string | null | undefined,
	responseLanguage: string | null | undefined
): string | null {
	return answerLanguage ?? responseLanguage ?? null;
}
