// A page to read and print: nothing on it needs JavaScript.
export const csr = false;
