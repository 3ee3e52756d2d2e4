import type { Locale } from './locale';

/**
 * Languages people write content in (practices, report chapters): those icm_ts_config() (migration 0001)
 * stems. Content keeps its language whatever the reader's interface language; pages mark it with `lang`.
 */
export const contentLanguages = [
	'en',
	'fr',
	'de',
	'nl',
	'it',
	'es',
	'pt',
	'ca',
	'sv',
	'da',
	'nb',
	'fi',
	'el',
	'hu',
	'ro',
	'lt',
	'tr'
] as const;

export type ContentLanguage = (typeof contentLanguages)[number];

/**
 * The name of a content language in the reader's language, e.g. "French" or "anglais"; `standalone`
 * capitalises it for use on its own ("Anglais"), as French writes language names in lower case in a sentence.
 */
export function languageName(locale: Locale, code: string, standalone = false): string {
	let name = code;
	try {
		name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
	} catch {
		// An unknown code is shown as it is.
	}
	return standalone ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : name;
}
