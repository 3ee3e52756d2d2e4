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
const addSecurityHeaders = (_request, response) => {
	for (const [name, value] of headers) response.setHeader(name, value);
};
const headersListener = (listener) => listener === addSecurityHeaders;
server.server.prependListener('request', addSecurityHeaders);

// A public page that is kept (rendered before, and public data unchanged since: src/lib/server/page-cache/) is
// answered here, before adapter-node and SvelteKit, at close to the cost of sending a file. Anything else goes
// on to the application as before. The hook that sets this function runs when the application starts.
const application = server.server.listeners('request').filter((listener) => !headersListener(listener));
for (const listener of application) server.server.removeListener('request', listener);
server.server.on('request', (request, response) => {
	const answerFromKeptPage = globalThis[Symbol.for('icm.answerFromKeptPage')];
	const goOn = (done) => {
		if (!done) for (const listener of application) listener.call(server.server, request, response);
	};
	let answered = false;
	try {
		answered = answerFromKeptPage?.(request, response) ?? false;
	} catch {
		// A kept page is only ever a shortcut: whatever goes wrong with it, the application answers.
		answered = false;
	}
	if (answered === true || answered === false) goOn(answered);
	else answered.then(goOn, () => goOn(false));
});
