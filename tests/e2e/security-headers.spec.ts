import { expect, test } from './support/fixtures';

const REQUIRED = ['x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy'];

// adapter-node serves static files before any hook runs; server.js gives them the pages' headers too.
test('pages, the API and static files all carry the security headers', async ({ request }) => {
	// The home page sends no script; the sign-in page does.
	const signIn = await request.get('/sign-in');
	const html = await signIn.text();
	const script = html.match(/\/_app\/immutable\/[^"']+\.js/)?.[0];
	expect(script, 'the sign-in page links its scripts').toBeTruthy();
	const paths = ['/', '/api/v1/cities', '/favicon.svg', '/site.css', script!];
	for (const path of paths) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		for (const name of REQUIRED) expect(headers[name], `${name} on ${path}`).toBeTruthy();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		// The test server's address is http://localhost: no HSTS there (it would pin localhost to HTTPS).
		expect(headers['strict-transport-security'], path).toBeUndefined();
	}
});
