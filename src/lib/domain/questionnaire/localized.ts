import { locales, type Locale } from '../locale';
import type { LocalizedText } from './item-base';

export type { ChoiceOption, LocalizedText } from './item-base';

/**
 * The text in the interface language, or the English text when that language has none. Apart from
 * item-base.ts, whose schemas only the server runs, so the pages that show a questionnaire carry no Zod.
 */
export function localized(text: LocalizedText, locale: Locale): string {
	return text[locale] ?? text.en;
}

/** A text written the same in every language: a symbol such as '%'. */
export function inEveryLanguage(text: string): LocalizedText {
	return Object.fromEntries(locales.map((locale) => [locale, text])) as LocalizedText;
}
