// Report benchmark: a published cycle of 1,000 cities (eleven ratings each, free texts, indicator figures,
// practices, a report with two chapters), and in the same run the median time of
//   (a) the plain SQL aggregate of the cycle's ratings (one GROUP BY over its answers): the baseline;
//   (b) the report: `publishedReportDocument` as every public view builds it, in process, and the whole
//       /reports/{cycle} page over HTTP from the built server, three ways:
//         - rendered: the first request after a change of public data (the data version is raised, untimed,
//           just before it), which renders the page and keeps it;
//         - kept: the page as readers get it between changes (the kept HTML sent again, 200);
//         - revalidated: a reader who holds the page asks with its ETag (If-None-Match) and gets 304;
//   (c) the results API: its handler in process, and GET /api/v1/cycles/{cycle}/results over HTTP, the same
//       three ways;
// each printed as a ratio to (a), so the figures do not depend on the machine. No pass/fail threshold: the
// ratios are for comparing runs and spotting a regression (a query per city, a chart redrawn per block).
//
// How: the application's TypeScript is bundled with esbuild (as bench/practice-search.js does) and runs on a
// throwaway PostgreSQL server (scripts/postgres-cluster.js), which the built server (`node server.js`, demo
// data off) shares; the data is filled in plain SQL (bench/report-fill.js). On PostgreSQL the server reads the
// `data_version` row for every public request (decision 21), so raising it from here is what any change of
// published data does. Without a build (`npx vite build`) the HTTP rows are left out and said so. Timed one
// call at a time, interleaved, after a warm-up.
//
// Usage: npx vite build && npm run bench:report     (BENCH_RUNS=21 by default; under a minute)
//   BENCH_BEFORE=<path of another checkout, built> adds the same HTTP rows for that checkout's server, on the
//   same database and in the same runs: a before/after pair that the machine's load cannot separate.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startThrowawayCluster } from '../scripts/postgres-cluster.js';
import { fillReportCycle, plainAggregate } from './report-fill.js';
import { importEntry, median, startBuiltServer } from './support.js';

const CITIES = Number(process.env.BENCH_CITIES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARM_UP = 3;
const SLUG = 'bench-2022-2024';

const root = path.resolve(import.meta.dirname, '..');
const app = await importEntry('report');

// The HTTP rows need a build that has the report page (adapter-node puts the route manifest in a chunk).
const chunks = path.join(root, 'build/server/chunks');
const built =
	existsSync(path.join(root, 'build/index.js')) &&
	existsSync(chunks) &&
	readdirSync(chunks).some(
		(file) =>
			file.startsWith('manifest') &&
			readFileSync(path.join(chunks, file), 'utf8').includes('"/reports/[cycle]"')
	);

const cluster = await startThrowawayCluster();
const handle = app.openDatabase({ url: cluster.url });
const client = new pg.Client({ connectionString: cluster.url });
const dataDir = mkdtempSync(path.join(tmpdir(), 'icm-bench-report-'));
let server = null;
let before = null;

try {
	await handle.migrate();
	await client.connect();
	const started = performance.now();
	const outline = app.defaultOutline({ introduction: 'Introduction', conclusions: 'Conclusions' });
	const { cycleId } = await fillReportCycle(client, {
		slug: SLUG,
		cities: CITIES,
		questionnaire: app.currentQuestionnaire,
		outline
	});
	console.log(
		`filled one published cycle of ${CITIES} cities in ${(performance.now() - started).toFixed(0)} ms`
	);

	server = built
		? await startBuiltServer({
				databaseUrl: cluster.url,
				dataDir,
				env: { DEMO_DATA: 'off', PAGE_CACHE_MB: '64' }
			})
		: null;
	const base = server?.base ?? null;
	// BENCH_BEFORE=<another checkout, built>: its server too, on the same database, timed in the same runs.
	before = process.env.BENCH_BEFORE
		? await startBuiltServer({
				databaseUrl: cluster.url,
				dataDir,
				cwd: process.env.BENCH_BEFORE,
				env: { DEMO_DATA: 'off', PAGE_CACHE_MB: '64' }
			})
		: null;
	const plain = async () => {
		const result = await client.query(plainAggregate, [cycleId]);
		if (result.rowCount !== 33) throw new Error(`the aggregate gave ${result.rowCount} rows, expected 33`);
	};
	const document = async () => {
		const report = await app.publishedReportDocument(handle.db, SLUG, 'en');
		if (report?.blocks.length !== outline.length) throw new Error('the report is not complete');
	};
	const resultsUrl = `/api/v1/cycles/${SLUG}/results`;
	const handler = async () => {
		const url = new URL(resultsUrl, 'http://localhost');
		const event = {
			locals: { app: { db: handle.db }, user: null, locale: 'en' },
			params: { slug: SLUG },
			url
		};
		const response = await app.resultsHandler(event);
		if (response.status !== 200) throw new Error(`the results handler answered ${response.status}`);
		await response.text();
	};
	const get =
		(pathname, { revalidate = false, afterChange = false, from = base } = {}) =>
		async () => {
			// A change of public data, as a publication or an edit commits it (the triggers of migration 0010).
			if (afterChange) await client.query('update data_version set version = version + 1 where id = 1');
			const headers = revalidate ? { 'if-none-match': etags.get(from + pathname) ?? '' } : {};
			const started = performance.now();
			const response = await fetch(from + pathname, { headers });
			const body = await response.text();
			const elapsed = performance.now() - started;
			const expected = revalidate ? 304 : 200;
			if (response.status !== expected) throw new Error(`${pathname} answered ${response.status}`);
			if (!revalidate) etags.set(from + pathname, response.headers.get('etag'));
			return { body, elapsed };
		};
	const etags = new Map();
	const reportUrl = `/reports/${SLUG}`;
	const ways = (label, pathname, from = base) => [
		[`${label}: rendered after a change (HTTP)`, get(pathname, { afterChange: true, from })],
		[`${label}: kept, 200 (HTTP)`, get(pathname, { from })],
		[`${label}: If-None-Match, 304 (HTTP)`, get(pathname, { revalidate: true, from })]
	];

	const work = [
		['(a) plain SQL aggregate of the ratings (pg)', plain],
		['(b) publishedReportDocument, in process', document],
		['(c) results API handler, in process', handler],
		...(base ? [...ways('(b) report page', reportUrl), ...ways('(c) results API', resultsUrl)] : []),
		...(before
			? [
					...ways('(b) before: report page', reportUrl, before.base),
					...ways('(c) before: results API', resultsUrl, before.base)
				]
			: [])
	];
	if (base) {
		const { body: html } = await get(reportUrl)();
		const cityLinks = (html.match(/bench-city-\d{4}/g) ?? []).length;
		// Above a hundred cities the report summarises; every figure is on the indicator pages it links to.
		const figurePages = new Set(html.match(/\/reports\/[^/"]+\/indicators\/[^"?]+/g) ?? []).size;
		const { body: json } = await get(resultsUrl)();
		console.log(
			`page ${reportUrl}: ${(html.length / 1024).toFixed(0)} KB of HTML, ${cityLinks} city mentions, ` +
				`${figurePages} links to an indicator's every figure; results API ${(json.length / 1024).toFixed(0)} KB`
		);
	}
	const times = new Map(work.map(([name]) => [name, []]));
	// Interleaved, so that a slow moment of the machine falls on all of them alike.
	for (let run = 0; run < WARM_UP + RUNS; run++) {
		for (const [name, job] of work) {
			const start = performance.now();
			// An HTTP job times itself, leaving out the change it makes first.
			const timed = await job();
			const elapsed = timed?.elapsed ?? performance.now() - start;
			if (run >= WARM_UP) times.get(name).push(elapsed);
		}
	}
	const baseline = median(times.get(work[0][0]));
	console.log(
		`\nmedians of ${RUNS} runs each, one at a time (milliseconds are not comparable between machines); ` +
			`load average ${loadavg()
				.map((value) => value.toFixed(1))
				.join(' ')}`
	);
	console.log(`${'what'.padEnd(60)}${'ms'.padStart(9)}${'÷ (a)'.padStart(10)}`);
	for (const [name] of work) {
		const value = median(times.get(name));
		console.log(
			`${name.padEnd(60)}${value.toFixed(2).padStart(9)}${(value / baseline).toFixed(1).padStart(10)}`
		);
	}
	if (!base) console.log('\nno build with the /reports/[cycle] page: run `npx vite build` for the HTTP rows');
} finally {
	await client.end().catch(() => {});
	await server?.stop();
	await before?.stop();
	await handle.close();
	await cluster.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
