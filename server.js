// Starts the built application. Uploads (a filled-in questionnaire spreadsheet) may be up to 5 MB, above
// adapter-node's default request size of 512 KB; BODY_SIZE_LIMIT from the environment still wins.
process.env.BODY_SIZE_LIMIT ??= '6M';
await import('./build/index.js');
