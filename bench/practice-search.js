// Good-practice search at library scale: 100,000 generated practices (English, French, German; random
// tags and cities), then the median time of the library's own search (searchPractices from
// src/lib/server/reads/search-practices.ts, the function the /practices page calls: facet counts, page of
// hits, headlines) with a text query and two facets, as a ratio against the bare
// `select count(*) from practices where search @@ websearch_to_tsquery(…)` on the same data in the same run,
// so the figure does not depend on the machine.
//
// How the TypeScript is run: the queries are TypeScript with SvelteKit's `$lib` alias, so this script first
// bundles a tiny entry (bench/practice-search-entry.ts) with esbuild (installed with vite) into one ES module
// under node_modules/.cache, with the npm packages left external, and imports it. That measures the very
// function and SQL the page runs, without an HTTP server in the way (whose cost would blur the ratio).
// The database is a throwaway PostgreSQL server (scripts/postgres-cluster.js), as in production; set
// BENCH_DB=pglite to measure the embedded database instead (also used when PostgreSQL is not installed).
//
// Usage: npm run bench:practices     (BENCH_PRACTICES=100000, BENCH_RUNS=21 by default; a few minutes)
import { performance } from 'node:perf_hooks';
import { findPostgresBin, startThrowawayCluster } from '../scripts/postgres-cluster.js';
import { countries, practiceRow, random } from './practice-search-data.js';
import { importEntry, median } from './support.js';

const TOTAL = Number(process.env.BENCH_PRACTICES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 3;
const BATCH = 1000;
const QUERY = 'q=language+courses&commitment=4&theme=language-learning';
const TEXT = 'language courses';

const app = await importEntry('practice-search');

const usePglite = process.env.BENCH_DB === 'pglite' || !findPostgresBin();
const cluster = usePglite ? null : await startThrowawayCluster();
const handle = app.openDatabase(cluster ? { url: cluster.url } : { dataDir: 'memory://' });
const { db } = handle;

try {
	await handle.migrate();
	console.log(`database: ${usePglite ? 'PGlite (embedded)' : 'PostgreSQL (throwaway server)'}`);

	const rnd = random(20240601);
	const cityRows = Array.from({ length: 120 }, (_, i) => ({
		slug: `bench-city-${i}`,
		name: `Bench City ${i}`,
		countryCode: countries[i % countries.length],
		latitude: 50,
		longitude: 10
	}));
	const cityIds = (await db.insert(app.cities).values(cityRows).returning({ id: app.cities.id })).map(
		(row) => row.id
	);
	const vocabulary = {
		trends: app.trendKeys,
		themes: app.themeKeys,
		targetGroups: app.targetGroupKeys,
		funding: app.fundingKeys
	};
	const loadStart = performance.now();
	for (let offset = 0; offset < TOTAL; offset += BATCH) {
		const rows = Array.from({ length: Math.min(BATCH, TOTAL - offset) }, (_, i) =>
			practiceRow(rnd, offset + i, cityIds, vocabulary)
		);
		await db.insert(app.practices).values(rows);
	}
	await db.execute(app.sql`analyze`);
	console.log(
		`generated ${TOTAL.toLocaleString('en')} practices in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`
	);

	const query = app.parsePracticeQuery(new URLSearchParams(QUERY));
	const library = () => app.searchPractices(db, query, { publicOnly: true, pageSize: 20 });
	const bare = () =>
		db.execute(
			app.sql`select count(*)::int as n from practices where search @@ websearch_to_tsquery('english', ${TEXT})`
		);

	const first = await library();
	const bareCount = (await bare()).rows[0].n;
	console.log(`search "${TEXT}" + commitment 4 + theme language-learning: ${first.total} practices found`);
	console.log(`bare count of "${TEXT}" (english configuration, no filters): ${bareCount} practices`);

	const timings = { library: [], bare: [] };
	// Interleaved, so that a slow moment of the machine falls on both alike.
	for (let run = 0; run < WARMUP + RUNS; run++) {
		for (const [name, work] of [
			['library', library],
			['bare', bare]
		]) {
			const start = performance.now();
			await work();
			if (run >= WARMUP) timings[name].push(performance.now() - start);
		}
	}
	const libraryMedian = median(timings.library);
	const bareMedian = median(timings.bare);
	console.log(`median of ${RUNS} runs (milliseconds; not comparable between machines):`);
	console.log(
		`  library search, text + two facets (counts, page, headlines): ${libraryMedian.toFixed(1)} ms`
	);
	console.log(`  bare tsvector @@ query count:                               ${bareMedian.toFixed(1)} ms`);
	console.log(`ratio library ÷ bare: ${(libraryMedian / bareMedian).toFixed(2)}   (lower is better)`);
} finally {
	await handle.close();
	await cluster?.stop();
}
