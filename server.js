// Starts the built application. Uploads (a filled-in questionnaire spreadsheet) may be up to 5 MB, above
// adapter-node's default request size of 512 KB; BODY_SIZE_LIMIT from the environment still wins.
process.env.BODY_SIZE_LIMIT ??= '6M';
// Without ORIGIN, adapter-node assumes every request came over https, so SvelteKit's CSRF check refuses the
// forms a browser posts to http://localhost: a local `npm start` could not even sign in. Production sets ORIGIN.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT ?? 3000}`;
await import('./build/index.js');
