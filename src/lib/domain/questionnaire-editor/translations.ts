import { locales, type Locale } from '../locale';
import type { Definition } from '../questionnaire/definition';
import { textSlots } from './text-slots';

/** A text a language lacks: its key and the English to translate. */
export interface MissingText {
	key: string;
	en: string;
}

/** The texts of a definition that have no wording in `locale` (English is always there: the schema asks it). */
export function missingTexts(definition: Definition, locale: Locale): MissingText[] {
	return textSlots(definition)
		.filter((slot) => !slot.text[locale as keyof typeof slot.text])
		.map((slot) => ({ key: slot.key, en: slot.text.en }));
}

/** For each interface language, the texts it lacks. */
export function missingByLocale(definition: Definition): Record<Locale, MissingText[]> {
	return Object.fromEntries(locales.map((locale) => [locale, missingTexts(definition, locale)])) as Record<
		Locale,
		MissingText[]
	>;
}

/**
 * The required languages that still lack texts, with how many: a cycle cannot open with such a version.
 * English is required whatever the list says.
 */
export function missingRequiredTexts(
	definition: Definition,
	required: readonly string[]
): { locale: Locale; count: number }[] {
	return locales
		.filter((locale) => locale === 'en' || required.includes(locale))
		.map((locale) => ({ locale, count: missingTexts(definition, locale).length }))
		.filter((entry) => entry.count > 0);
}

/**
 * A copy of the definition with texts of one language set (key → text); an empty text removes that language's
 * wording. English cannot be removed here: it is edited with the item itself.
 */
export function withTranslations(
	definition: Definition,
	locale: Locale,
	texts: Record<string, string>
): Definition {
	const copy = structuredClone(definition);
	for (const slot of textSlots(copy)) {
		if (!(slot.key in texts)) continue;
		const value = texts[slot.key]!.trim();
		const text = slot.text as Record<string, string | undefined>;
		if (value) text[locale] = value;
		else if (locale !== 'en') delete text[locale];
	}
	return copy;
}
