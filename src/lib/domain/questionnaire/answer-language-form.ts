import { z } from 'zod';
import { contentLanguages, type ContentLanguage } from '../content-language';
import { answerLanguageField } from './answer-language';

// Reading the languages a form names is the server's work: apart from answer-language.ts, which the answer
// pages' components import, so their JavaScript carries no Zod.

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
