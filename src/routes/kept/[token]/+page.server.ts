import type { Cookies } from '@sveltejs/kit';
import { requireUser } from '$lib/server/guards';
import {
	dropKeptSubmission,
	findKeptSubmission,
	KEPT_COOKIE,
	pageOfAction,
	typedTexts
} from '$lib/server/kept-submissions';
import type { Actions, PageServerLoad } from './$types';

/**
 * The kept form, only in the browser that sent it (the token in the address must match its cookie) and only
 * to the person whose session sent it.
 */
async function keptForm(locals: App.Locals, cookies: Cookies, token: string) {
	if (!locals.user || cookies.get(KEPT_COOKIE) !== token) return null;
	return findKeptSubmission(locals.app.db, token, locals.user.id);
}

export const load: PageServerLoad = async ({ locals, cookies, params, url }) => {
	requireUser(locals, url);
	const kept = await keptForm(locals, cookies, params.token);
	if (!kept) return { kept: null };
	return {
		kept: {
			action: kept.action,
			page: pageOfAction(kept.action),
			fields: kept.fields,
			texts: typedTexts(kept.fields),
			skippedFiles: kept.skippedFiles
		}
	};
};

export const actions: Actions = {
	discard: async ({ locals, cookies, params, url }) => {
		requireUser(locals, url);
		const kept = await keptForm(locals, cookies, params.token);
		if (kept) await dropKeptSubmission(locals.app.db, kept.id);
		cookies.delete(KEPT_COOKIE, { path: '/' });
		return { discarded: true, page: kept ? pageOfAction(kept.action) : null };
	}
};
