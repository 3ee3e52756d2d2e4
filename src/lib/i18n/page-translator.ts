import type { Locale } from '$lib/domain/locale';
import type { Translate } from '$lib/i18n';

/**
 * A page's translate function: it carries the page's language to the components and helpers that name it
 * (`m.<key>(inputs, { locale: t.locale })`) and knows no message. Looking a key up in the page would put every
 * message of every language into its JavaScript; errors and notices come from the server as text instead
 * (src/lib/server/i18n/shown-text.ts). Called with a key, it fails, so a page rendered on the server shows
 * the mistake at once rather than a raw key.
 */
export function pageTranslator(locale: Locale): Translate {
	const translate = (key: string): string => {
		throw new Error(`"${key}" looked up in a page: show text the server made, or call m.<key>() directly`);
	};
	return Object.assign(translate, { locale });
}
