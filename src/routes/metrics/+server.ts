import { error } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n/translator';
import { carriesMetricsToken } from '$lib/server/metrics/metrics-token';
import { registry } from '$lib/server/metrics/registry';
import type { RequestHandler } from './$types';

/**
 * This app server's measurements in Prometheus's text format (decision 0019). Off unless METRICS_TOKEN is
 * set: then it answers 404 like any address that does not exist; with it, only a request carrying
 * `Authorization: Bearer <METRICS_TOKEN>` gets them.
 */
export const GET: RequestHandler = async ({ locals, request }) => {
	const token = locals.app.config.METRICS_TOKEN;
	if (!token) error(404, translator(locals.locale)('error.notFoundTitle'));
	if (!carriesMetricsToken(request.headers.get('authorization'), token)) {
		return new Response(null, {
			status: 401,
			headers: { 'www-authenticate': 'Bearer realm="metrics"', 'cache-control': 'no-store' }
		});
	}
	return new Response(await registry.metrics(), {
		headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' }
	});
};
