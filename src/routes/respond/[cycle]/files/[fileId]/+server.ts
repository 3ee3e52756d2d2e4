import { error } from '@sveltejs/kit';
import { canSeeSection } from '$lib/domain/response-access';
import { contentTypes } from '$lib/files/uploads';
import { translator } from '$lib/i18n';
import { responseFileKey } from '$lib/server/files/file-store';
import { findAttachment } from '$lib/server/files/find-attachment';
import { sniffKind } from '$lib/server/files/sniff';
import { log } from '$lib/server/log';
import { loadOwnResponse } from '$lib/server/respond-guard';
import type { RequestHandler } from './$types';

// File ids are 16 random bytes in base64url (attach-file.ts); anything else is not worth a query.
const fileIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A file attached to the city's own response, for its people who may see the section that lists it (now or
 * in an earlier revision, so the history's links keep working). The secretariat's review of responses will
 * need its own way in: loadOwnResponse serves city people only.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { actor, view } = await loadOwnResponse(locals, url, params.cycle);
	// Typed, so TypeScript knows the lines after a call run only when it was not called.
	const notFound: () => never = () => error(404, translator(locals.locale)('error.notFoundTitle'));
	if (!fileIdPattern.test(params.fileId)) notFound();
	const found = await findAttachment(locals.app.db, view.context, params.fileId);
	// Same answer as for a file that does not exist: a contributor learns nothing about other sections.
	if (!found || !canSeeSection(actor, view.context, found.sectionId)) notFound();
	const bytes = await locals.app.files.get(responseFileKey(view.context.id, found.file.fileId));
	if (!bytes) {
		log.warn({ responseId: view.context.id, fileId: found.file.fileId }, 'attached file missing from store');
		notFound();
	}
	// The type the content really has, whatever the stored value says: the browser must not guess either.
	const kind = sniffKind(bytes);
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': kind ? contentTypes[kind] : 'application/octet-stream',
			'content-disposition': contentDisposition(found.file.name),
			'x-content-type-options': 'nosniff',
			// Should a browser show it anyway, nothing in it runs with this site's rights.
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, no-store'
		}
	});
};

/**
 * `attachment`, with the name twice: plain ASCII for old clients, and UTF-8 in `filename*` (RFC 6266 and
 * RFC 5987) for everyone else. Quotes, backslashes and control characters cannot break out of the header.
 */
function contentDisposition(name: string): string {
	const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
	try {
		const encoded = encodeURIComponent(name).replace(
			/['()*]/g,
			(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
		);
		return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
	} catch {
		// A lone surrogate cannot be encoded; the ASCII name still downloads.
		return `attachment; filename="${fallback}"`;
	}
}
