// A reading page: it needs no JavaScript, skipping hydration keeps the charts' SVG from being sent twice, and
// the PDF is Chromium printing this page with JavaScript off.
export const csr = false;
