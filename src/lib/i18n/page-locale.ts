import { isLocale } from '$lib/domain/locale';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime.js';

/**
 * In the browser, a message function without `{ locale }` speaks the language the server rendered the page in:
 * `<html lang>`. Changing language is a full page load (the language form posts, or another address is opened),
 * so the page's language never changes under a hydrated component.
 */
export function speakThePagesLanguage() {
	overwriteGetLocale(() => {
		const lang = document.documentElement.lang;
		return isLocale(lang) ? lang : baseLocale;
	});
}
