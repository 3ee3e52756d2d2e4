import type { Locale } from '$lib/domain/locale';

/**
 * Any compiled message, whatever its placeholders: what a map of messages under a key cast to MessageKey holds.
 * (A method's parameters are compared both ways, so every message fits.)
 */
export type AnyMessage = {
	message(inputs?: Record<string, unknown>, options?: { locale?: Locale }): string;
}['message'];

/**
 * The message of a key chosen at run time, from a map of only the messages that key can be
 * (`pick({ fully: m.analysis_rating_fully, … }, rating)`): a page loads those few, not every message. The result's
 * type is the messages of the key's own type, so their placeholders are checked.
 * Such maps stand where a key is built from a template (`analysis.rating.${rating}`).
 */
export function pick<Messages extends Record<string, unknown>, Key extends keyof Messages>(
	messages: Messages,
	key: Key
): Messages[Key] {
	return messages[key];
}
