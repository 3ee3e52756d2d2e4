// A reading page: its search form is a plain GET form, so it needs no JavaScript at all.
export const csr = false;
