import { error } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n/translator';
import { cycleBySlug } from '$lib/server/reads/cycle-by-slug';

/** The cycle whose report the builder's pages work on; 404 for an unknown address. */
export async function reportCycle(locals: App.Locals, slug: string) {
	const cycle = await cycleBySlug(locals.app.db, slug);
	if (!cycle) error(404, translator(locals.locale)('error.notFoundTitle'));
	return cycle;
}

/** What an outline or chapter command refused, as the builder says it; not_found is a 404 page. */
export function refusalMessage(locals: App.Locals, reason: string): string {
	if (reason === 'not_found') error(404, translator(locals.locale)('error.notFoundTitle'));
	if (reason === 'forbidden') error(403, translator(locals.locale)('error.forbiddenTitle'));
	return reason === 'published' ? 'reportBuilder.refused.published' : 'reportBuilder.refused.duplicatePart';
}
