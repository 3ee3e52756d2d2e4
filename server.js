// Starts the built application. Uploads (a filled-in questionnaire spreadsheet) may be up to 5 MB, above
// adapter-node's default request size of 512 KB; BODY_SIZE_LIMIT from the environment still wins.
process.env.BODY_SIZE_LIMIT ??= '6M';
// Without ORIGIN, adapter-node assumes every request came over https, so SvelteKit's CSRF check refuses the
// forms a browser posts to http://localhost: a local `npm start` could not even sign in. Production sets ORIGIN.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT ?? 3000}`;

const { securityHeaders } = await import('./src/lib/server/security-headers.js');
const { server } = await import('./build/index.js');

// adapter-node serves the static files (scripts, styles, the favicon) before any hook runs. This listener runs
// before it for every request, so those files carry the same security headers as pages; a page's own headers,
// written later, take precedence where they differ.
const headers = securityHeaders(process.env.ORIGIN);
server.server.prependListener('request', (_request, response) => {
	for (const [name, value] of headers) response.setHeader(name, value);
});
