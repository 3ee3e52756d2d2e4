// Read-only: a city's gaps and the cities that could mentor it need no JavaScript, and not hydrating the page
// spares about 90 KB of compressed script (the Charter's commitments in five languages among them).
export const csr = false;
