import { error } from '@sveltejs/kit';
import { canSeeSection } from '$lib/domain/response-access';
import { translator } from '$lib/server/i18n/translator';
import { attachmentResponse, fileIdPattern } from '$lib/server/files/attachment-response';
import { findAttachment } from '$lib/server/files/find-attachment';
import { loadOwnResponse } from '$lib/server/respond-guard';
import type { RequestHandler } from './$types';

/**
 * A file attached to the city's own response, for its people who may see the section that lists it (now or
 * in an earlier revision, so the history's links keep working). The secretariat downloads through its review
 * page (/admin/cycles/[cycle]/responses/[city]/files/[fileId]).
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { actor, view } = await loadOwnResponse(locals, url, params.cycle);
	// Typed, so TypeScript knows the lines after a call run only when it was not called.
	const notFound: () => never = () => error(404, translator(locals.locale)('error.notFoundTitle'));
	if (!fileIdPattern.test(params.fileId)) notFound();
	const found = await findAttachment(locals.app.db, view.context, params.fileId);
	// Same answer as for a file that does not exist: a contributor learns nothing about other sections.
	if (!found || !canSeeSection(actor, view.context, found.sectionId)) notFound();
	return (await attachmentResponse(locals.app.files, view.context.id, found.file)) ?? notFound();
};
