// A reading page like the public report it previews: no JavaScript needed.
export const csr = false;
