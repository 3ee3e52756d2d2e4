import { headlineFigures } from '$lib/server/reads/headline-figures';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	figures: await headlineFigures(locals.app.db)
});
