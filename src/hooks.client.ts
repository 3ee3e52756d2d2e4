import type { ClientInit } from '@sveltejs/kit';
import { speakThePagesLanguage } from '$lib/i18n/page-locale';
import { watchTyping } from '$lib/typed-before-hydration';

/** Runs before the page hydrates: from here on, what a person types is noted, so hydration cannot erase it. */
export const init: ClientInit = () => {
	speakThePagesLanguage();
	watchTyping();
};
