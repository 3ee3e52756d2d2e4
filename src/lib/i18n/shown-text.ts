declare const shownText: unique symbol;

/**
 * Text ready to show a reader: a message already translated on the server into the request's language. It is
 * a string the compiler tells apart from a message key, so a component that shows an error or a notice
 * (`error: ShownText`) cannot be handed a key by mistake; only src/lib/server/i18n/shown-text.ts makes it.
 */
export type ShownText = string & { readonly [shownText]: true };

/** A message the server code hands around before it is shown: a key, or a key and the values it fills in. */
export type KeyedMessage = string | { message: string; params?: Record<string, string | number> };
