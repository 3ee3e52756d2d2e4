// Scale run: a network of 10,000 cities over ten cycles (nine published, the last one open), each city with
// its ratings, indicator figures and a good practice, on PostgreSQL, with the built application
// (`node server.js`) in front; then the latency of the pages and API a large network leans on, under
// concurrent load (autocannon, 10 connections). Prints p50 and p95 per endpoint and whether each p95 is under
// the 200 ms goal. Milliseconds, so the figures are this machine's; run it on an otherwise quiet machine.
// Public pages and the open data API are kept once rendered (decision 21), so the run's p50/p95 are those of
// kept answers; the column "first" is the one request that rendered it (the cost after each change of public
// data), measured alone before the load.
//
// The database is a throwaway PostgreSQL server (scripts/postgres-cluster.js) unless BENCH_DATABASE_URL names
// an empty database to fill (it is left filled). The server migrates it and loads the demo data (for the
// secretariat's account and the questionnaire), then bench/scale-fill.js fills the network in set-based SQL.
//
// Usage: npx vite build && npm run bench:scale
//   BENCH_CITIES=10000 BENCH_CYCLES=10 BENCH_SECONDS=10 BENCH_CONNECTIONS=10 (the defaults)
//   PAGE_CACHE_MB=0 measures every answer rendered for its request (nothing kept), as after each change.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startThrowawayCluster } from '../scripts/postgres-cluster.js';
import { fillScale } from './scale-fill.js';
import { signIn, startBuiltServer } from './support.js';

const CITIES = Number(process.env.BENCH_CITIES ?? 10_000);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const GOAL_MS = 200;
const SECRETARIAT = 'secretariat@demo.integrating-cities.eu';

if (!existsSync('build/index.js')) {
	console.error('No build found: run `npx vite build` first.');
	process.exit(1);
}

const cluster = process.env.BENCH_DATABASE_URL ? null : await startThrowawayCluster();
const databaseUrl = process.env.BENCH_DATABASE_URL ?? cluster.url;
const dataDir = mkdtempSync(path.join(tmpdir(), 'icm-bench-scale-'));
const password = randomBytes(18).toString('base64url');
const client = new pg.Client({ connectionString: databaseUrl });
let server = null;

try {
	server = await startBuiltServer({
		databaseUrl,
		dataDir,
		env: { DEMO_DATA: 'on', DEMO_PASSWORD: password }
	});
	await client.connect();
	console.log(`filling ${CITIES.toLocaleString('en')} cities over ${CYCLES} cycles:`);
	const started = Date.now();
	const filled = await fillScale(client, { cities: CITIES, cycles: CYCLES, log: console.log });
	const sizes = await client.query(
		`select (select count(*) from responses)::int as responses, (select count(*) from answers)::int as answers,
			(select count(*) from practices)::int as practices, pg_size_pretty(pg_database_size(current_database())) as size`
	);
	const { responses, answers, practices, size } = sizes.rows[0];
	console.log(
		`filled in ${((Date.now() - started) / 1000).toFixed(0)} s: ${responses.toLocaleString('en')} responses, ` +
			`${answers.toLocaleString('en')} answers, ${practices.toLocaleString('en')} practices, ${size}`
	);

	const cookie = await signIn(server.base, SECRETARIAT, password);
	const latest = filled.published.at(-1);
	const endpoints = [
		['results API', `/api/v1/cycles/${latest}/results`, null],
		['city profile', `/cities/${filled.citySlug}`, null],
		['cities list', '/cities', null],
		['cities list, page 50', '/cities?page=50', null],
		['progress page (secretariat)', `/admin/cycles/${filled.open}`, cookie],
		['report page', `/reports/${latest}`, null],
		['practice search', '/practices?q=language+courses&commitment=4&theme=language-learning', null]
	];
	console.log(
		`\n${CONNECTIONS} connections, ${SECONDS} s each (milliseconds; this machine's, not comparable between machines)`
	);
	console.log(
		`${'what'.padEnd(30)}${'first'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}` +
			`${'req/s'.padStart(8)}${'KB'.padStart(8)}  goal`
	);
	let allMet = true;
	for (const [name, pathname, sessionCookie] of endpoints) {
		const result = await load(server.base + pathname, sessionCookie);
		const met = result.p95 < GOAL_MS;
		allMet &&= met;
		const ms = (value) => (Number.isFinite(value) ? value.toFixed(0) : '> 10 s').padStart(8);
		console.log(
			`${name.padEnd(30)}${ms(result.first)}${ms(result.p50)}${ms(result.p95)}` +
				`${result.rate.toFixed(1).padStart(8)}${(result.bytes / 1024).toFixed(0).padStart(8)}  ` +
				`${met ? 'p95 < 200 ms' : 'p95 over 200 ms'}` +
				(result.unanswered ? ` (${result.unanswered} unanswered within 10 s)` : '')
		);
	}
	console.log(allMet ? '\nevery p95 is under 200 ms' : '\nnot every p95 is under 200 ms');
} finally {
	await client.end().catch(() => {});
	await server?.stop();
	await cluster?.stop();
	rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Loads one address with CONNECTIONS concurrent clients for SECONDS seconds and gives the median and 95th
 * percentile of the response times (autocannon's own summary has p90 and p97.5 but no p95), the rate, and
 * the size of one answer. Any answer other than 200 stops the run: a fast error page proves nothing.
 */
async function load(url, cookie) {
	const probeStarted = performance.now();
	const probe = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
	const body = await probe.arrayBuffer();
	const first = performance.now() - probeStarted;
	if (probe.status !== 200) throw new Error(`${url} answered ${probe.status}`);
	const times = [];
	const instance = autocannon({
		url,
		connections: CONNECTIONS,
		duration: SECONDS,
		headers: cookie ? { cookie } : {}
	});
	instance.on('response', (_client, status, _bytes, responseTime) => {
		if (status !== 200) throw new Error(`${url} answered ${status} under load`);
		times.push(responseTime);
	});
	const result = await instance;
	times.sort((a, b) => a - b);
	// Requests still unanswered when the run ends (autocannon's timeout is 10 s) count as slower than any.
	const unanswered = result.timeouts + result.errors;
	const all = [...times, ...Array.from({ length: unanswered }, () => Number.POSITIVE_INFINITY)];
	const at = (q) => all[Math.min(all.length - 1, Math.floor(q * all.length))] ?? Number.POSITIVE_INFINITY;
	return {
		first,
		p50: at(0.5),
		p95: at(0.95),
		rate: result.requests.average,
		bytes: body.byteLength,
		unanswered
	};
}
