import { redirect } from '@sveltejs/kit';
import { callAuthEndpoint, copyAuthCookies } from '$lib/server/auth-request';
import { forgetFormOwner } from '$lib/server/form-owner';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		const response = await callAuthEndpoint(event, '/sign-out', {});
		copyAuthCookies(response, event.cookies);
		// Signed out on purpose: a form sent from this browser afterwards is not kept for anyone.
		forgetFormOwner(event.cookies);
		redirect(303, '/sign-in?reason=signed-out');
	}
};
