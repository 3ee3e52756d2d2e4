import { m } from '$lib/paraglide/messages.js';
import { error, fail, redirect } from '@sveltejs/kit';
import { resolveImportConflicts } from '$lib/server/commands/import-response';
import { choicesFromForm, coordinatorResponse, shownConflicts } from '../conflicts';
import type { Actions, PageServerLoad } from './$types';

/** Where the choices for an upload's conflicts are sent; opened directly, it points back to the upload. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { view } = await coordinatorResponse(locals, url, params.cycle);
	return { cycle: { slug: view.cycle.slug, name: view.cycle.name } };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const { actor, view } = await coordinatorResponse(locals, url, params.cycle);
		const form = await request.formData().catch(() => null);
		const choices = form && choicesFromForm(form, view.context.definition);
		if (!form || !choices) error(400, m.error_notFoundTitle({}, { locale: locals.locale }));
		const result = await resolveImportConflicts(locals.app.db, actor, view.context.id, choices);
		// What the upload itself saved, carried by the form, so the final notice counts every saved answer.
		const before = Math.min(Number(/^\d{1,4}$/.exec(String(form.get('applied') ?? ''))?.[0] ?? 0), 9999);
		const applied = result.ok ? before + result.changed : before;
		if (result.ok && result.conflicts.length === 0)
			redirect(303, `/respond/${encodeURIComponent(view.cycle.slug)}?imported=${applied}`);
		// Someone saved one of these answers again while the person was choosing: choose again, with the newer one.
		if (result.ok)
			return fail(409, {
				applied,
				again: true,
				conflicts: shownConflicts(view.context.definition, result.conflicts, locals.locale)
			});
		// Only a form the page did not make gets here: the file's values were checked on upload.
		if (result.reason === 'invalid') error(400, m.error_notFoundTitle({}, { locale: locals.locale }));
		error(
			result.reason === 'forbidden' ? 403 : 404,
			(result.reason === 'forbidden' ? m.error_forbiddenTitle : m.error_notFoundTitle)(
				{},
				{ locale: locals.locale }
			)
		);
	}
};
