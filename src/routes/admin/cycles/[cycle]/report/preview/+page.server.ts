import { error } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n/translator';
import { requireSecretariat } from '$lib/server/guards';
import { reportDocumentForSecretariat } from '$lib/server/report/report-document';
import type { PageServerLoad } from './$types';

/** The report of any cycle, published or not, exactly as the public page will show it: the secretariat's only. */
export const load = (async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const report = await reportDocumentForSecretariat(locals.app.db, params.cycle, locals.locale);
	if (!report) error(404, translator(locals.locale)('error.notFoundTitle'));
	return { report };
}) satisfies PageServerLoad;
