// Read-only, with a GET form for its filters: no JavaScript needed, and the recorded values are not sent twice.
export const csr = false;
