import { cityById } from '$lib/server/reads/city-records';
import { loadOwnResponse } from '$lib/server/respond-guard';
import { answersBySection } from '$lib/server/response-sections';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { actor, view } = await loadOwnResponse(locals, url, params.cycle);
	const city = await cityById(locals.app.db, view.context.cityId);
	return {
		cycle: { slug: view.cycle.slug, name: view.cycle.name },
		city: city?.name ?? '',
		state: view.context.state,
		printedAt: new Date().toISOString(),
		sections: answersBySection(actor, view, locals.locale)
	};
};
