// Reads messages/<locale>.json, the files translators edit, for the checks that hold every language to the
// English messages (unit tests, the browser journeys' untranslated-text check). Node only: never shipped.
import { readFileSync } from 'node:fs';

/** The message of an old dotted key: `nav.signIn` → `nav_signIn` (as the move to Paraglide named them). */
export const messageId = (key: string) => key.replace(/[.-]/g, '_');

/** A plural message: variants chosen by the language's plural rules. */
export type Variant = { match: Record<string, string> };
export type MessageFile = Record<string, string | Variant[]>;

const messagesFolder = new URL('../../../messages/', import.meta.url);

export function readMessageFile(locale: string): MessageFile {
	const { $schema, ...messages } = JSON.parse(
		readFileSync(new URL(`${locale}.json`, messagesFolder), 'utf8')
	) as Record<string, string | Variant[]>;
	void $schema;
	return messages;
}

/** Every text of a message (a plural has several), as the reader sees it: escaped braces unescaped. */
export const textsOf = (message: string | Variant[]) =>
	typeof message === 'string' ? [message] : message.flatMap((variant) => Object.values(variant.match));

/** The placeholders of a message, sorted; an escaped brace (`\{`) is text, not a placeholder. */
export const placeholdersOf = (message: string | Variant[]) =>
	[
		...new Set(
			textsOf(message).flatMap((text) =>
				[...text.replace(/\\[{}]/g, '').matchAll(/\{(\w+)\}/g)].map((found) => found[1]!)
			)
		)
	].sort();
