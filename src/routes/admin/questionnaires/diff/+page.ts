// Read-only, with a GET form to choose the two versions: it needs no JavaScript, and not hydrating it spares
// about 85 KB of compressed script.
export const csr = false;
