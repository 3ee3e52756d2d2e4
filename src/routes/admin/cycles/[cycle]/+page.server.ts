import { error, fail } from '@sveltejs/kit';
import { nextCycleStatus } from '$lib/domain/cycle-lifecycle';
import { parseProgressFilter } from '$lib/domain/progress/filters';
import { renderedOnly } from '$lib/rendered-only';
import { translator } from '$lib/server/i18n/translator';
import { acceptResponses } from '$lib/server/commands/accept-responses';
import { transitionFromForm } from '$lib/server/cycle-transition-form';
import { requireSecretariat } from '$lib/server/guards';
import { acceptCandidates } from '$lib/server/reads/accept-candidates';
import { cycleBySlug } from '$lib/server/reads/cycle-by-slug';
import { cycleProgress } from '$lib/server/reads/cycle-progress';
import { cycleStateChangeFacts } from '$lib/server/reads/cycle-state-change';
import type { Actions, PageServerLoad } from './$types';
import { withShownTexts } from '$lib/server/i18n/shown-text';

const actorOf = (user: SignedInUser) => ({
	id: user.id,
	role: user.role,
	cityId: user.cityId
});

/** The cycle's home: the secretariat's daily view of where every invited city stands. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	// The layout guards too, but a page's load can run without waiting for it: check here as well.
	const user = requireSecretariat(locals, url);
	const filter = parseProgressFilter(url.searchParams);
	const progress = await cycleProgress(locals.app.db, params.cycle, filter);
	if (!progress) error(404, translator(locals.locale)('error.notFoundTitle'));
	// Step one of accepting several responses: the ticked cities, each with what accepting it would do.
	const ticked = url.searchParams.getAll('accept');
	const acceptPreview =
		url.searchParams.has('bulkAccept') || ticked.length > 0
			? await acceptCandidates(locals.app.db, actorOf(user), params.cycle, ticked)
			: null;
	// Step one of opening or closing: what the change will do, shown before the button that makes it.
	const next = nextCycleStatus(progress.cycle.status);
	const wanted = url.searchParams.get('confirm');
	const stateChange =
		next && next !== 'published' && wanted === next
			? { to: next, ...(await cycleStateChangeFacts(locals.app.db, progress.cycle.id)) }
			: null;
	return {
		...progress,
		// Only the server's rendering reads the rows (the page never hydrates): not written out as data.
		rows: renderedOnly(progress.rows),
		filter,
		acceptPreview,
		stateChange,
		nextStatus: next === 'published' ? null : next
	};
};

export const actions = withShownTexts({
	/** Step two of opening or closing the cycle, after the confirmation. */
	transition: async ({ locals, params, request, url }) => {
		const user = requireSecretariat(locals, url);
		const cycle = await cycleBySlug(locals.app.db, params.cycle);
		if (!cycle) error(404, translator(locals.locale)('error.notFoundTitle'));
		return transitionFromForm(locals, user, cycle.id, await request.formData());
	},
	/** Step two: accept every city confirmed, each on its own, as the review page's Accept does. */
	accept: async ({ locals, params, request, url }) => {
		const user = requireSecretariat(locals, url);
		const form = await request.formData();
		const slugs = form.getAll('city').map(String).filter(Boolean);
		if (slugs.length === 0) return fail(422, { bulk: null, bulkError: 'steps.bulkNoneChosen' });
		const deps = {
			db: locals.app.db,
			mailer: locals.app.mailer,
			origin: locals.app.config.ORIGIN ?? url.origin
		};
		const bulk = await acceptResponses(deps, actorOf(user), params.cycle, slugs);
		return { bulk, bulkError: null };
	}
} satisfies Actions);
