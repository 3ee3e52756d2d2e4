// What bench/practice-search.js needs from the application, bundled by esbuild into one ES module: the
// library's own search (the function the /practices page calls) and the database it runs on.
export { sql } from 'drizzle-orm';
export { openDatabase } from '$lib/server/db';
export { cities, practices } from '$lib/server/db/schema';
export { parsePracticeQuery, searchPractices } from '$lib/server/reads/search-practices';
export { fundingKeys, targetGroupKeys, themeKeys, trendKeys } from '$lib/domain/practices/vocabulary';
