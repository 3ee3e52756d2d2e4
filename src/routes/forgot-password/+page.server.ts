import { fail } from '@sveltejs/kit';
import { emailOnlySchema } from '$lib/domain/account-forms';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { callAuthEndpoint } from '$lib/server/auth-request';
import type { Actions } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

export const actions = withShownTexts({
	default: async (event) => {
		const values = formValues(await event.request.formData(), ['email']);
		const parsed = emailOnlySchema.safeParse(values);
		if (!parsed.success) return fail(422, { values, errors: fieldErrors(parsed.error) });
		const response = await callAuthEndpoint(event, '/request-password-reset', {
			email: parsed.data.email,
			redirectTo: '/reset-password'
		});
		if (response.status === 429) return fail(429, { values, errors: fieldError('email', 'auth.tooMany') });
		return { sentTo: parsed.data.email };
	}
} satisfies Actions);
