// A read-only page whose only form is a GET: it needs no JavaScript, and not hydrating it spares sending every
// city's row a second time as data (a third of the page with hundreds of cities).
export const csr = false;
