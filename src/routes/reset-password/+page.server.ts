import { fail, redirect } from '@sveltejs/kit';
import { newPasswordSchema } from '$lib/domain/account-forms';
import { fieldErrors, type FieldErrors } from '$lib/domain/forms';
import { callAuthEndpoint } from '$lib/server/auth-request';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

export const load: PageServerLoad = ({ url }) => {
	const token = url.searchParams.get('token');
	// better-auth sends people here with ?error=INVALID_TOKEN when the link is expired or used.
	return { token, invalid: !token || url.searchParams.has('error') };
};

export const actions = withShownTexts({
	default: async (event) => {
		const form = await event.request.formData();
		const token = String(form.get('token') ?? '');
		const parsed = newPasswordSchema.safeParse({
			password: form.get('password'),
			confirm: form.get('confirm')
		});
		if (!parsed.success) return fail(422, { errors: fieldErrors(parsed.error) });
		const response = await callAuthEndpoint(event, '/reset-password', {
			token,
			newPassword: parsed.data.password
		});
		if (!response.ok) return fail(400, { invalid: true, errors: {} as FieldErrors });
		redirect(303, '/sign-in?reason=reset');
	}
} satisfies Actions);
