import { fail, redirect } from '@sveltejs/kit';
import { acceptInvitationSchema } from '$lib/domain/account-forms';
import { fieldErrors, type FieldErrors } from '$lib/domain/forms';
import { callAuthEndpoint, copyAuthCookies } from '$lib/server/auth-request';
import { acceptInvitation } from '$lib/server/commands/accept-invitation';
import { findOpenInvitation } from '$lib/server/invitation-link';
import { cityById } from '$lib/server/reads/city-records';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { db } = locals.app;
	const invitation = await findOpenInvitation(db, params.token);
	if (!invitation) return { invitation: null };
	const city = invitation.cityId ? await cityById(db, invitation.cityId) : null;
	return {
		invitation: {
			name: invitation.name,
			email: invitation.email,
			role: invitation.role,
			city: city?.name ?? null
		}
	};
};

export const actions = withShownTexts({
	default: async (event) => {
		const { locals, params, request } = event;
		const form = await request.formData();
		const name = String(form.get('name') ?? '');
		const parsed = acceptInvitationSchema.safeParse({
			name,
			password: form.get('password'),
			confirm: form.get('confirm')
		});
		if (!parsed.success) return fail(422, { values: { name }, errors: fieldErrors(parsed.error) });
		const result = await acceptInvitation({ db: locals.app.db, auth: locals.app.auth }, params.token, {
			...parsed.data,
			locale: locals.locale
		});
		if (!result.ok) return fail(400, { values: { name }, errors: {} as FieldErrors, invalid: true });
		// The person has just chosen their password: sign them in with it (through better-auth's endpoint, as the
		// sign-in form does) and take them to their work, not to a second sign-in.
		const landing = result.handedOver
			? `/respond/${result.handedOver.cycleSlug}/${result.handedOver.sectionId}?notice=welcome`
			: result.role === 'secretariat'
				? '/admin'
				: '/respond?welcome';
		const signedIn = await callAuthEndpoint(event, '/sign-in/email', {
			email: result.email,
			password: parsed.data.password
		});
		if (!signedIn.ok) redirect(303, `/sign-in?reason=invited&next=${encodeURIComponent(landing)}`);
		copyAuthCookies(signedIn, event.cookies);
		redirect(303, landing);
	}
} satisfies Actions);
