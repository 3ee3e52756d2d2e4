import { commitments } from '$lib/domain/charter';
import type { Locale } from '$lib/domain/locale';
import { vocabularyKeys, vocabularyLabel, type Vocabulary } from '../../practices/labels';

/** One checkbox of the practice form. */
export interface Choice {
	value: string;
	text: string;
	/** The label's language when it is not the page's (an untranslated vocabulary label). */
	lang?: string;
}

/** The checkbox groups of the practice form, by the field name each posts. */
export interface PracticeChoices {
	commitments: Choice[];
	trends: Choice[];
	themes: Choice[];
	targetGroups: Choice[];
	funding: Choice[];
}

const tagChoices = (vocabulary: Vocabulary, locale: Locale): Choice[] =>
	vocabularyKeys(vocabulary).map((key) => {
		const label = vocabularyLabel(vocabulary, key, locale);
		return { value: key, text: label.text, lang: label.lang };
	});

/**
 * The options of the practice form's checkbox groups, in the reader's language. The pages' loads work them out,
 * so the form's JavaScript does not carry the Charter's commitments and the library's four vocabularies in five
 * languages (about 10 KB compressed) to show one.
 */
export function practiceChoices(locale: Locale): PracticeChoices {
	return {
		commitments: commitments.map((c) => ({
			value: String(c.number),
			text: `${c.number}. ${c.text[locale]}`
		})),
		trends: tagChoices('trend', locale),
		themes: tagChoices('theme', locale),
		targetGroups: tagChoices('target', locale),
		funding: tagChoices('funding', locale)
	};
}
