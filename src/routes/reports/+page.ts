// A list of links: nothing on it needs JavaScript.
export const csr = false;
