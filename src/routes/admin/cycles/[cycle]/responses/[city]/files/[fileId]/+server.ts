import { error } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n/translator';
import { attachmentResponse, fileIdPattern } from '$lib/server/files/attachment-response';
import { findAttachment } from '$lib/server/files/find-attachment';
import { requireSecretariat } from '$lib/server/guards';
import { cityBySlug } from '$lib/server/reads/city-records';
import { responseForCity } from '$lib/server/reads/response-for-city';
import type { RequestHandler } from './$types';

/**
 * A file attached to a city's response, for the secretariat reviewing it (the city's own people download
 * through /respond/[cycle]/files). The same checks as there: the file must be listed by this response's
 * values, now or in an earlier revision; a file id alone opens nothing.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	requireSecretariat(locals, url);
	const notFound: () => never = () => error(404, translator(locals.locale)('error.notFoundTitle'));
	if (!fileIdPattern.test(params.fileId)) notFound();
	const city = await cityBySlug(locals.app.db, params.city);
	if (!city) notFound();
	const view = await responseForCity(locals.app.db, params.cycle, city.id);
	if (!view) notFound();
	const found = await findAttachment(locals.app.db, view.context, params.fileId);
	if (!found) notFound();
	return (await attachmentResponse(locals.app.files, view.context.id, found.file)) ?? notFound();
};
