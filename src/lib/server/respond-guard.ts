import { m } from '$lib/paraglide/messages.js';
import { error } from '@sveltejs/kit';
import type { Actor } from '$lib/domain/response-access';
import { requireUser } from './guards';
import { responseForCity, type ResponseView } from './reads/response-for-city';

/**
 * The signed-in city person's own response to a cycle. People of other cities and the public get a 404
 * rather than a 403, so the page does not even confirm that another city's response exists.
 */
export async function loadOwnResponse(
	locals: App.Locals,
	url: URL,
	cycleSlug: string
): Promise<{ actor: Actor; view: ResponseView }> {
	const user = requireUser(locals, url);
	if ((user.role !== 'coordinator' && user.role !== 'contributor') || user.cityId === null) {
		error(403, m.error_forbiddenTitle({}, { locale: locals.locale }));
	}
	const view = await responseForCity(locals.app.db, cycleSlug, user.cityId);
	if (!view) error(404, m.error_notFoundTitle({}, { locale: locals.locale }));
	return { actor: { id: user.id, role: user.role, cityId: user.cityId }, view };
}
