// A reading page: it needs no JavaScript (the language form posts without it), so none is sent.
export const csr = false;
