import { error } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n/translator';
import { findCityMapFile } from '$lib/server/map/city-map-file';
import { matchesEtag } from '$lib/server/page-cache/kept-pages';
import type { RequestHandler } from './$types';

/**
 * The map of cities as an image file (shown on /cities with <img>). Its name holds the hash of its content,
 * so browsers and shared caches may keep it for a year without asking again; a new set of cities gets a new
 * name. The file draws only shapes and text: a policy of its own forbids it everything else.
 */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	const file = /^cities-[a-z]{2}-[A-Za-z0-9]+\.svg$/.test(params.file)
		? await findCityMapFile(locals.app.db, params.file)
		: null;
	if (!file) error(404, translator(locals.locale)('error.notFoundTitle'));
	const headers = {
		'content-type': 'image/svg+xml; charset=utf-8',
		'cache-control': 'public, max-age=31536000, immutable',
		etag: file.etag,
		'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
	};
	if (matchesEtag(request.headers.get('if-none-match'), file.etag)) {
		return new Response(null, { status: 304, headers });
	}
	const body = Buffer.from(file.svg);
	return new Response(body, { headers: { ...headers, 'content-length': String(body.byteLength) } });
};
