import type { Locale } from '../locale';
import type { LocalizedText } from './item-base';

export type { ChoiceOption, LocalizedText } from './item-base';

/**
 * The text in the interface language, or the English text when that language has none. Apart from
 * item-base.ts, whose schemas only the server runs, so the pages that show a questionnaire carry no Zod.
 */
export function localized(text: LocalizedText, locale: Locale): string {
	return text[locale] ?? text.en;
}
