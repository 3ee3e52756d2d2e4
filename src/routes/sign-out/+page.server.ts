import { redirect } from '@sveltejs/kit';
import { callAuthEndpoint, copyAuthCookies } from '$lib/server/auth-request';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		const response = await callAuthEndpoint(event, '/sign-out', {});
		copyAuthCookies(response, event.cookies);
		redirect(303, '/sign-in?reason=signed-out');
	}
};
