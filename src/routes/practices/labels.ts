import { m } from '$lib/paraglide/messages.js';
// Labels shared by the library's two pages: the tag vocabularies and years.
import type { Locale } from '$lib/domain/locale';
import { fundingSources, targetGroups, themes, trends } from '$lib/domain/practices/vocabulary';
import { translatedLabel } from '$lib/domain/practices/vocabulary-translations';
import type { Translate } from '$lib/i18n';

export type Vocabulary = 'trend' | 'theme' | 'target' | 'funding';

/** A label and, when it is not in the reader's language, the language it is in (for the `lang` attribute). */
export interface Label {
	text: string;
	lang?: string;
}

const vocabularies: Record<Vocabulary, readonly { key: string; text: string }[]> = {
	trend: trends.map((trend) => ({ key: trend.key, text: trend.title.en })),
	theme: themes.map((theme) => ({ key: theme.key, text: theme.label.en })),
	target: targetGroups.map((group) => ({ key: group.key, text: group.label.en })),
	funding: fundingSources.map((source) => ({ key: source.key, text: source.label.en }))
};

/** The vocabulary's keys in its own order, which is the order facets and tag lists show them in. */
export function vocabularyKeys(vocabulary: Vocabulary): string[] {
	return vocabularies[vocabulary].map((entry) => entry.key);
}

/** The label in the reader's language; a label without a translation shows in English, marked as English. */
export function vocabularyLabel(vocabulary: Vocabulary, key: string, locale: Locale): Label {
	const translated = translatedLabel(vocabulary, key, locale);
	if (translated) return { text: translated };
	const text = vocabularies[vocabulary].find((entry) => entry.key === key)?.text ?? key;
	return locale === 'en' ? { text } : { text, lang: 'en' };
}

export interface Years {
	start: number | null;
	end: number | null;
	ongoing: boolean;
}

/** "2018–2020", "since 2019", "2015", "until 2020", or null when the source gives no year. */
export function yearsLabel(t: Translate, years: Years): string | null {
	const { start, end, ongoing } = years;
	if (start !== null && end !== null) {
		return start === end
			? String(start)
			: m.practices_yearsRange({ from: start, to: end }, { locale: t.locale });
	}
	if (start !== null)
		return ongoing ? m.practices_yearsSince({ from: start }, { locale: t.locale }) : String(start);
	if (end !== null) return m.practices_yearsUntil({ to: end }, { locale: t.locale });
	return null;
}
