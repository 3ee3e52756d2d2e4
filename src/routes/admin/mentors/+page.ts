// Read-only, with a GET form to choose a cycle and a commitment: it needs no JavaScript, and not hydrating it
// spares about 90 KB of compressed script (the Charter's commitments in five languages among them).
export const csr = false;
