// A reading page: it needs no JavaScript, and skipping hydration keeps the city table from being sent twice
// (once in the HTML and once in the page data).
export const csr = false;
