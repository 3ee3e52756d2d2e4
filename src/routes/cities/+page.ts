// A reading page: it needs no JavaScript, and skipping hydration keeps the map's SVG from being sent twice
// (once in the HTML and once in the page data).
export const csr = false;
