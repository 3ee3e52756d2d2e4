import { fail, isActionFailure, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { Locale } from '$lib/domain/locale';
import type { KeyedMessage, ShownText } from '$lib/i18n/shown-text';
import { isMessageKey, translator } from './translator';

/**
 * Errors, notices and refusals leave the server as text in the reader's language, never as message keys: a page
 * that translated keys itself would carry every such message in all five languages in its JavaScript.
 *
 * What an action returns is translated by the names of its fields, the same on every page:
 * - `errors`, and any field ending in `Errors` (`mergeErrors`), holds one message per form field;
 * - `refused`, and any field ending in `Error` (`languageError`), holds one message (or a flag: left alone).
 * Everything else (the typed values, revisions, conflicts) goes back as it is: a reader's own text is never
 * looked up as a key.
 */
type ErrorsField = 'errors' | `${string}Errors`;
type OneMessageField = 'refused' | `${string}Error`;

type TextOf<V> = V extends string | { message: string } ? ShownText : V;
type TextsOf<V> = V extends object ? { [Field in keyof V]: TextOf<V[Field]> } : V;

/** A result with its messages as text: what the page receives. */
export type Shown<T> = T extends object
	? {
			[Name in keyof T]: Name extends ErrorsField
				? TextsOf<T[Name]>
				: Name extends OneMessageField
					? TextOf<T[Name]>
					: T[Name];
		}
	: T;

/** One message as text in `locale`; a string that is no message key (a library's own words) shows as itself. */
export function textOf(message: KeyedMessage, locale: Locale): ShownText {
	const [key, params] = typeof message === 'string' ? [message] : [message.message, message.params];
	return (isMessageKey(key) ? translator(locale)(key, params) : key) as ShownText;
}

/** A message per form field, as text. */
export function textsOf<Field extends string>(
	errors: Record<Field, KeyedMessage>,
	locale: Locale
): Record<Field, ShownText> {
	return Object.fromEntries(
		Object.entries<KeyedMessage>(errors).map(([field, message]) => [field, textOf(message, locale)])
	) as Record<Field, ShownText>;
}

const isErrorsField = (name: string) => name === 'errors' || name.endsWith('Errors');
const isOneMessageField = (name: string) => name === 'refused' || name.endsWith('Error');
const isMessage = (value: unknown): value is KeyedMessage =>
	typeof value === 'string' ||
	(typeof value === 'object' &&
		value !== null &&
		typeof (value as { message?: unknown }).message === 'string');

/** An action's or a load's result with the messages in its message fields turned into text in `locale`. */
export function shown<T>(data: T, locale: Locale): Shown<T> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return data as Shown<T>;
	const text = (value: unknown) => (isMessage(value) ? textOf(value, locale) : value);
	const entries = Object.entries(data).map(([name, value]) => {
		if (isErrorsField(name) && Array.isArray(value)) return [name, value.map(text)];
		if (isErrorsField(name) && typeof value === 'object' && value !== null)
			return [name, Object.fromEntries(Object.entries(value).map(([field, one]) => [field, text(one)]))];
		if (isOneMessageField(name)) return [name, text(value)];
		return [name, value];
	});
	return Object.fromEntries(entries) as Shown<T>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route's event: each action keeps its own
type AnyAction = (event: RequestEvent<any, any>) => unknown;
type ShownResult<R> = R extends ActionFailure<infer Data> ? ActionFailure<Shown<Data>> : Shown<R>;

/**
 * A page's actions, whose results reach the page with their messages as text in the request's language
 * (`locals.locale`), the same with JavaScript (the page updates in place) and without (the page is rendered
 * again): `export const actions = withShownTexts({ … } satisfies Actions);`.
 */
export function withShownTexts<Actions extends Record<string, AnyAction>>(
	actions: Actions
): {
	[Name in keyof Actions]: (
		event: Parameters<Actions[Name]>[0]
	) => Promise<ShownResult<Awaited<ReturnType<Actions[Name]>>>>;
} {
	const wrapped = Object.entries(actions).map(([name, action]) => [
		name,
		async (event: Parameters<AnyAction>[0]) => {
			const result = await action(event);
			const locale = event.locals.locale;
			return isActionFailure(result)
				? fail(result.status, shown(result.data, locale))
				: shown(result, locale);
		}
	]);
	return Object.fromEntries(wrapped);
}
