// The baseline of `npm run bench`: a bare node:http server that answers every request with the bytes and
// headers the application sent for one page. Started as a child process, so it has a core of its own like the
// application; the parent sends { headers, body (base64) } and gets back the port.
import http from 'node:http';

process.once('message', ({ headers, body }) => {
	const bytes = Buffer.from(body, 'base64');
	const server = http.createServer((_request, response) => {
		response.writeHead(200, { ...headers, 'content-length': bytes.length });
		response.end(bytes);
	});
	server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
	process.once('disconnect', () => server.close(() => process.exit(0)));
});
