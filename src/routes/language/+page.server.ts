import { redirect } from '@sveltejs/kit';
import { languageFormSchema } from '$lib/domain/language-form';
import { LOCALE_COOKIE } from '$lib/server/auth';
import { safeReturnPath } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const form = Object.fromEntries(await request.formData());
		const parsed = languageFormSchema.safeParse(form);
		if (parsed.success) {
			// A year: the choice is remembered across visits.
			cookies.set(LOCALE_COOKIE, parsed.data.locale, {
				path: '/',
				maxAge: 60 * 60 * 24 * 365,
				httpOnly: true,
				sameSite: 'lax'
			});
		}
		redirect(303, safeReturnPath(parsed.success ? parsed.data.returnTo : undefined));
	}
};
