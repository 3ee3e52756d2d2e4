import type { ClientInit } from '@sveltejs/kit';
import { watchTyping } from '$lib/typed-before-hydration';

/** Runs before the page hydrates: from here on, what a person types is noted, so hydration cannot erase it. */
export const init: ClientInit = () => {
	watchTyping();
};
