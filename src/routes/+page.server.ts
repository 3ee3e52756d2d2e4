import { reportedSignatoryCount } from '$lib/domain/reference-sources';
import { headlineFigures } from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	figures: await headlineFigures(locals.app.db),
	reported: reportedSignatoryCount
});
