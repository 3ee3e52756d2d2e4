/**
 * Puts values into a sentence the server made with `{name}` slots left in it, for words that depend on what
 * happens in the browser (a time, a colleague's name): the server passes the sentence in the reader's language
 * with the slot's own name as the value (`m.respond_savedAt({ time: '{time}' })`), and the page fills it.
 * One pass over the sentence: a value that itself holds `{…}` is not filled again. A slot without a value
 * stays as it is, so a mistake shows.
 */
export function fillIn(sentence: string, values: Record<string, string>): string {
	return sentence.replace(/\{(\w+)\}/g, (slot, name: string) =>
		Object.hasOwn(values, name) ? values[name]! : slot
	);
}
