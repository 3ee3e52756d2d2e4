// Plain JavaScript, because two places use it: the hooks (pages, API, downloads) and server.js, which adds the
// same headers to the static files that adapter-node serves before any hook runs.

/**
 * The security headers every response carries. HSTS only when the site's public address is HTTPS: sent over
 * plain HTTP it would be ignored, and on a local `npm start` it would make browsers refuse localhost. It does
 * not include subdomains, since the product does not own its parent domain's other sites.
 * @param {string | undefined} origin the public address (ORIGIN)
 * @returns {[string, string][]}
 */
export function securityHeaders(origin) {
	const headers = /** @type {[string, string][]} */ ([
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['X-Frame-Options', 'DENY'],
		['Permissions-Policy', 'camera=(), microphone=(), geolocation=()']
	]);
	if (origin?.startsWith('https://')) {
		headers.push(['Strict-Transport-Security', 'max-age=31536000']);
	}
	return headers;
}
