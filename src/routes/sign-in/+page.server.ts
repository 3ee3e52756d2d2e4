import { fail, redirect } from '@sveltejs/kit';
import { emailOnlySchema, signInSchema } from '$lib/domain/account-forms';
import { fieldError, fieldErrors, formValues } from '$lib/domain/forms';
import { callAuthEndpoint, copyAuthCookies } from '$lib/server/auth-request';
import { safeReturnPath } from '$lib/server/guards';
import { attemptPasswordSignIn } from '$lib/server/sign-in-limits';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeReturnPath(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return { next, reason: url.searchParams.get('reason'), linkError: url.searchParams.has('error') };
};

export const actions = withShownTexts({
	password: async (event) => {
		const form = await event.request.formData();
		const values = formValues(form, ['email', 'next']);
		const parsed = signInSchema.safeParse({ email: values.email, password: form.get('password') ?? '' });
		// The password is never sent back to the page.
		if (!parsed.success) return fail(422, { form: 'password', values, errors: fieldErrors(parsed.error) });

		const { db, signInLimits } = event.locals.app;
		const attempt = { email: parsed.data.email, address: event.getClientAddress() };
		const result = await attemptPasswordSignIn(db, signInLimits, attempt, () =>
			callAuthEndpoint(event, '/sign-in/email', parsed.data)
		);
		if (result.outcome === 'limited') {
			const message = result.scope === 'account' ? 'auth.tooManyForAccount' : 'auth.tooMany';
			return fail(429, { form: 'password', values, errors: fieldError('email', message) });
		}
		if (result.outcome === 'refused') {
			return fail(401, { form: 'password', values, errors: fieldError('email', 'auth.wrongCredentials') });
		}
		copyAuthCookies(result.response, event.cookies);
		redirect(303, safeReturnPath(values.next));
	},

	link: async (event) => {
		const form = await event.request.formData();
		const values = formValues(form, ['linkEmail', 'next']);
		const parsed = emailOnlySchema.safeParse({ email: values.linkEmail });
		if (!parsed.success) {
			return fail(422, { form: 'link', values, errors: fieldError('linkEmail', 'form.invalidEmail') });
		}
		const response = await callAuthEndpoint(event, '/sign-in/magic-link', {
			email: parsed.data.email,
			callbackURL: safeReturnPath(values.next),
			errorCallbackURL: '/sign-in?error=link'
		});
		if (response.status === 429)
			return fail(429, { form: 'link', values, errors: fieldError('linkEmail', 'auth.tooMany') });
		// The same answer whether or not the address is known, so the form cannot be used to probe accounts.
		return { form: 'link', linkSentTo: parsed.data.email };
	}
} satisfies Actions);
