import { fail } from '@sveltejs/kit';
import { changePasswordSchema } from '$lib/domain/account-forms';
import { fieldError, fieldErrors } from '$lib/domain/forms';
import { callAuthEndpoint, copyAuthCookies } from '$lib/server/auth-request';
import { requireUser } from '$lib/server/guards';
import { attemptPasswordSignIn } from '$lib/server/sign-in-limits';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

export const load: PageServerLoad = ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { account: { name: user.name, email: user.email } };
};

export const actions = withShownTexts({
	/**
	 * A new password ends every other session of the person (a lost phone, a shared computer): better-auth
	 * revokes them and gives this browser a new session. A wrong current password counts as a failed sign-in,
	 * so a session left open somewhere cannot be used to guess it.
	 */
	password: async (event) => {
		const user = requireUser(event.locals, event.url);
		const form = await event.request.formData();
		const parsed = changePasswordSchema.safeParse({
			current: form.get('current') ?? '',
			password: form.get('password') ?? '',
			confirm: form.get('confirm') ?? ''
		});
		// Passwords are never sent back to the page.
		if (!parsed.success) return fail(422, { errors: fieldErrors(parsed.error) });

		const { db, signInLimits } = event.locals.app;
		const attempt = { email: user.email, address: event.getClientAddress() };
		const result = await attemptPasswordSignIn(db, signInLimits, attempt, () =>
			callAuthEndpoint(event, '/change-password', {
				currentPassword: parsed.data.current,
				newPassword: parsed.data.password,
				revokeOtherSessions: true
			})
		);
		if (result.outcome === 'limited') {
			const message = result.scope === 'account' ? 'auth.tooManyForAccount' : 'auth.tooMany';
			return fail(429, { errors: fieldError('current', message) });
		}
		if (result.outcome === 'refused')
			return fail(400, { errors: fieldError('current', 'account.currentWrong') });
		copyAuthCookies(result.response, event.cookies);
		return { changed: true };
	}
} satisfies Actions);
