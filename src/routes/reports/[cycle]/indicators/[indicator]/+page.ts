// A reading page: plain links page it, so it needs no JavaScript, and its rows are not sent twice as data.
export const csr = false;
