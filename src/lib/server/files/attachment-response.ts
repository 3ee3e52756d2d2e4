import { contentTypes } from '$lib/files/uploads';
import { responseFileKey, type FileStore } from './file-store';
import { sniffKind } from './sniff';
import { log } from '../log';
import type { AttachmentValue } from '$lib/domain/questionnaire/values';

// File ids are 16 random bytes in base64url (attach-file.ts); anything else is not worth a query.
export const fileIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The download of a file attached to a response, or null when its bytes are missing. Callers decide first who
 * may have it (the city's people who see its section, or the secretariat).
 */
export async function attachmentResponse(
	files: FileStore,
	responseId: number,
	file: AttachmentValue
): Promise<Response | null> {
	const bytes = await files.get(responseFileKey(responseId, file.fileId));
	if (!bytes) {
		log.warn({ responseId, fileId: file.fileId }, 'attached file missing from store');
		return null;
	}
	// The type the content really has, whatever the stored value says: the browser must not guess either.
	const kind = sniffKind(bytes);
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': kind ? contentTypes[kind] : 'application/octet-stream',
			'content-disposition': contentDisposition(file.name),
			'x-content-type-options': 'nosniff',
			// Should a browser show it anyway, nothing in it runs with this site's rights.
			'content-security-policy': "default-src 'none'; sandbox",
			'cache-control': 'private, no-store'
		}
	});
}

/**
 * `attachment`, with the name twice: plain ASCII for old clients, and UTF-8 in `filename*` (RFC 6266 and
 * RFC 5987) for everyone else. Quotes, backslashes and control characters cannot break out of the header.
 */
export function contentDisposition(name: string): string {
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
