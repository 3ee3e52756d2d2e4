import { defaultLocale, type Locale } from '$lib/domain/locale';
import type { Translate } from '$lib/i18n';
import { messagesByKey, type MessageKey } from './messages-by-key';

type AnyMessage = (inputs: Record<string, string | number>, options: { locale: Locale }) => string;

/**
 * A translate function for keys known only at run time (a code from a list, an error key). It loads every
 * message of every language, so it lives on the server: SvelteKit refuses to put `$lib/server` into a browser
 * bundle. A page's own code uses `m.key()`, a typed map (`pick`), or text the server made (`shown-text.ts`).
 */
export function translator(locale: Locale): Translate {
	const language = locale ?? defaultLocale;
	const translate = (key: MessageKey, params?: Record<string, string | number>) =>
		(messagesByKey[key] as unknown as AnyMessage)(params ?? {}, { locale: language });
	return Object.assign(translate, { locale: language });
}

/** Whether a string is a message key: text that came from elsewhere (a Zod default) is shown as it is. */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(messagesByKey, key);
}
