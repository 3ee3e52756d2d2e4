// Read-only, with a GET form for its filters: it needs no JavaScript, and not hydrating it spares about 89 KB
// of compressed script and sending the listed practices a second time as data.
export const csr = false;
