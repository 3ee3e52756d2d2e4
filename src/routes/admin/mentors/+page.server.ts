import { mentorChoiceSchema } from '$lib/domain/mentors/rank-mentors';
import { requireSecretariat } from '$lib/server/guards';
import { mentorCycles, mentorSuggestions } from '$lib/server/reads/mentor-suggestions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Other cities' unpublished ratings: the page checks the role itself, not only the layout.
	requireSecretariat(locals, url);
	const cycles = await mentorCycles(locals.app.db);
	const chosen = mentorChoiceSchema.parse({
		cycle: url.searchParams.get('cycle') || null,
		commitment: url.searchParams.get('commitment') || null
	});
	// The latest cycle with ratings is where mentoring is most useful, so it is the one offered first.
	const cycle = cycles.find((c) => c.id === chosen.cycle) ?? cycles[0] ?? null;
	const mentees =
		cycle && chosen.commitment !== null
			? await mentorSuggestions(locals.app.db, cycle.id, chosen.commitment)
			: null;
	return {
		cycles: cycles.map(({ id, name }) => ({ id, name })),
		cycle: cycle ? { id: cycle.id, name: cycle.name } : null,
		commitment: chosen.commitment,
		mentees
	};
};
