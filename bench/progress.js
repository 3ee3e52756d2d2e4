// Progress page benchmark: the secretariat's daily view of a cycle with 1,000 invited cities, timed against a
// plain SELECT of the same rows in the same run, so the figure (a ratio) does not depend on the machine.
//
// How: a throwaway PostgreSQL server (scripts/postgres-cluster.js) and the built application on it
// (`node server.js`, demo data on so the secretariat's demo account exists). PostgreSQL rather than the
// embedded PGlite because the bench must fill and query the database from its own process while the server
// has it open, which only a server database allows. The bench fills 1,000 cities in one open cycle with plain
// SQL (bench/progress-fill.js), signs in over HTTP as the secretariat, then times, one request at a time so
// nothing queues, N GETs of /admin/cycles/{slug} (the whole server time: session, the cycle's read, rendering,
// sent over loopback), N GETs of the same page each right after an untimed save of one city's response (its
// last activity and share done: the rows the server keeps per cycle version, decision 33, are old and read
// again, the totals kept), N each right after an untimed change of one response's state (rows and totals
// read again) and N runs of the plain SELECT through `pg`, interleaved. It prints the medians and ratios.
// There is no pass/fail threshold: the ratio is for comparing runs and spotting a regression (a query per
// row, loading answers) that would multiply it. Not part of the test suite.
//
// Usage: npx vite build && npm run bench:progress    (BENCH_RUNS=50 for more samples; about half a minute)
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startThrowawayCluster } from '../scripts/postgres-cluster.js';
import { fillProgressCycle, plainSelect } from './progress-fill.js';
import { median, signIn, startBuiltServer } from './support.js';

const CITIES = 1000;
/** Rows per page of the progress table (PROGRESS_PAGE_SIZE in src/lib/domain/progress/filters.ts). */
const PAGE_SIZE = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 5;
const SLUG = 'bench-2024-2026';
const SECRETARIAT = 'secretariat@demo.integrating-cities.eu';

if (!existsSync('build/index.js')) {
	console.error('No build found: run `npx vite build` first.');
	process.exit(1);
}

const cluster = await startThrowawayCluster();
const dataDir = mkdtempSync(path.join(tmpdir(), 'icm-bench-progress-'));
const password = randomBytes(18).toString('base64url');
let server = null;
let before = null;
/** The built server's address, once it answers. */
let base = '';
const client = new pg.Client({ connectionString: cluster.url });

try {
	// The server migrates and loads the demo data before it answers; only then is the schema there to fill.
	server = await startBuiltServer({
		databaseUrl: cluster.url,
		dataDir,
		env: { DEMO_DATA: 'on', DEMO_PASSWORD: password }
	});
	base = server.base;
	await client.connect();
	const started = performance.now();
	const { cycleId } = await fillProgressCycle(client, { slug: SLUG, cities: CITIES, answersPerResponse: 6 });
	console.log(`filled ${CITIES} cities in one open cycle in ${(performance.now() - started).toFixed(0)} ms`);

	const cookie = await signIn(base, SECRETARIAT, password);
	const page = `/admin/cycles/${SLUG}`;
	const html = await get(page, cookie);
	const shownRows = (html.match(/<tr>/g) ?? []).length - 1;
	const pages = Math.ceil(CITIES / PAGE_SIZE);
	if (shownRows !== PAGE_SIZE) throw new Error(`the page shows ${shownRows} cities, expected ${PAGE_SIZE}`);
	if (!html.includes(`Page 1 of ${pages}`)) throw new Error(`the page does not say it is 1 of ${pages}`);
	// Every city stays reachable: the pages together list each of them once.
	const listed = new Set();
	for (let number = 1; number <= pages; number++) {
		const body = await get(`${page}?page=${number}`, cookie);
		// Each city's name is in its row (a link once it has started, plain text before).
		for (const match of body.matchAll(/Bench City \d{4}/g)) listed.add(match[0]);
	}
	if (listed.size !== CITIES) throw new Error(`the ${pages} pages list ${listed.size} cities, not ${CITIES}`);
	console.log(
		`page ${page}: ${PAGE_SIZE} of ${CITIES} rows, ${(html.length / 1024).toFixed(0)} KB of HTML; ` +
			`its ${pages} pages list every city once`
	);

	// The page and its baseline interleaved, so that a slow moment of the machine falls on both alike.
	// With them, the account page: signed in, it reads nothing but the session. What any signed-in page costs
	// (the session's check, SvelteKit, the layout), so the part of the progress page that is its own shows.
	// BENCH_BEFORE=<another checkout, built>: its server too, on the same database (the session is shared),
	// its page timed in the same runs: a before/after pair that the machine's load cannot separate.
	before = process.env.BENCH_BEFORE
		? await startBuiltServer({
				databaseUrl: cluster.url,
				dataDir,
				cwd: process.env.BENCH_BEFORE,
				env: { DEMO_DATA: 'off' }
			})
		: null;
	// "After a change": just before the request, untimed, one city's response is saved as an autosave writes it
	// (its last activity and count of required items done), so the server's kept rows and totals of the cycle
	// (decision 33) are old and it must read them again: what the first request after each change costs.
	let saves = 0;
	const save = async () => {
		saves++;
		const result = await client.query(
			`update responses set last_activity_at = now(), required_done = required_done % 7 + 1
			 where id = (select id from responses where cycle_id = $1 order by id offset $2 limit 1)`,
			[cycleId, (saves * 37) % CITIES]
		);
		if (result.rowCount !== 1) throw new Error('the save changed no response');
	};
	// "After a state change": one city's response moved between submitted and returned, as the secretariat's
	// return or the city's resubmission does: the totals change too, so both are read again.
	let decisions = 0;
	const decide = async () => {
		decisions++;
		const result = await client.query(
			`update responses set state = case state when 'submitted' then 'returned' else 'submitted' end
			 where id = (select id from responses where cycle_id = $1 and state in ('submitted', 'returned')
				order by id offset $2 limit 1)`,
			[cycleId, (decisions * 13) % 300]
		);
		if (result.rowCount !== 1) throw new Error('the decision changed no response');
	};
	// Each save comes right before the request it is for, and the unchanged page right after it: a save made
	// for one server makes the other's kept rows old too (they share the database).
	const [
		decidedTimes,
		changedTimes,
		pageTimes,
		selectTimes,
		floorTimes,
		beforeDecidedTimes = [],
		beforeChangedTimes = [],
		beforeTimes = [],
		beforeFloorTimes = []
	] = await timeInterleaved([
		{ before: decide, job: () => get(page, cookie) },
		{ before: save, job: () => get(page, cookie) },
		() => get(page, cookie),
		async () => {
			const result = await client.query(plainSelect, [cycleId]);
			if (result.rowCount !== CITIES) throw new Error(`SELECT returned ${result.rowCount} rows`);
		},
		() => get('/account', cookie),
		...(before
			? [
					{ before: decide, job: () => get(page, cookie, before.base) },
					{ before: save, job: () => get(page, cookie, before.base) },
					() => get(page, cookie, before.base),
					() => get('/account', cookie, before.base)
				]
			: [])
	]);
	const filtered = `${page}?state=returned&sort=activity`;
	const filteredTimes = await timeRuns(() => get(filtered, cookie));
	const lastPageTimes = await timeRuns(() => get(`${page}?page=${pages}&sort=activity`, cookie));

	const pageMedian = median(pageTimes);
	const selectMedian = median(selectTimes);
	console.log(
		`\nmedians of ${RUNS} runs each, one at a time (milliseconds; not comparable between machines); ` +
			`load average ${loadavg()
				.map((value) => value.toFixed(1))
				.join(' ')}`
	);
	console.log(`  progress page, ${CITIES} cities            ${pageMedian.toFixed(1)}`);
	console.log(`  same page right after a save           ${median(changedTimes).toFixed(1)}`);
	console.log(`  same page right after a state change   ${median(decidedTimes).toFixed(1)}`);
	console.log(`  same page filtered to one state       ${median(filteredTimes).toFixed(1)}`);
	console.log(`  its last page, by latest activity     ${median(lastPageTimes).toFixed(1)}`);
	console.log(`  plain SELECT of the same rows (pg)    ${selectMedian.toFixed(2)}`);
	const floorMedian = median(floorTimes);
	console.log(`  account page (session only)           ${floorMedian.toFixed(1)}`);
	if (before) {
		console.log(`  progress page, BENCH_BEFORE's server   ${median(beforeTimes).toFixed(1)}`);
		console.log(`  same, right after a save               ${median(beforeChangedTimes).toFixed(1)}`);
		console.log(`  same, right after a state change       ${median(beforeDecidedTimes).toFixed(1)}`);
		console.log(`  account page, BENCH_BEFORE's server    ${median(beforeFloorTimes).toFixed(1)}`);
	}
	console.log(`ratio page ÷ SELECT: ${(pageMedian / selectMedian).toFixed(1)}   (lower is better)`);
	console.log(`ratio page right after a save ÷ SELECT: ${(median(changedTimes) / selectMedian).toFixed(1)}`);
	console.log(
		`ratio page right after a state change ÷ SELECT: ${(median(decidedTimes) / selectMedian).toFixed(1)}`
	);
	if (before) {
		console.log(`ratio BENCH_BEFORE's page ÷ SELECT: ${(median(beforeTimes) / selectMedian).toFixed(1)}`);
		console.log(
			`ratio BENCH_BEFORE's page right after a save ÷ SELECT: ${(median(beforeChangedTimes) / selectMedian).toFixed(1)}`
		);
		console.log(
			`ratio BENCH_BEFORE's page right after a state change ÷ SELECT: ${(median(beforeDecidedTimes) / selectMedian).toFixed(1)}`
		);
		console.log(
			`ratio BENCH_BEFORE's account page ÷ SELECT: ${(median(beforeFloorTimes) / selectMedian).toFixed(1)}`
		);
	}
	console.log(
		`ratio account page ÷ SELECT: ${(floorMedian / selectMedian).toFixed(1)}   (any signed-in page; the progress ` +
			`page's own work is the difference)`
	);
} finally {
	await client.end().catch(() => {});
	await server?.stop();
	await before?.stop();
	await cluster.stop();
	rmSync(dataDir, { recursive: true, force: true });
}

async function get(pathname, cookie, from = base) {
	const response = await fetch(from + pathname, { headers: { cookie }, redirect: 'manual' });
	const body = await response.text();
	if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}`);
	return body;
}

/** Each job a function, or `{ before, job }` where `before` runs untimed just before it. */
async function timeInterleaved(jobs) {
	const times = jobs.map(() => []);
	for (let run = 0; run < WARM_UP + RUNS; run++) {
		for (const [index, entry] of jobs.entries()) {
			const job = typeof entry === 'function' ? entry : entry.job;
			if (typeof entry !== 'function') await entry.before();
			const start = performance.now();
			await job();
			if (run >= WARM_UP) times[index].push(performance.now() - start);
		}
	}
	return times;
}

async function timeRuns(work) {
	for (let run = 0; run < WARM_UP; run++) await work();
	const times = [];
	for (let run = 0; run < RUNS; run++) {
		const start = performance.now();
		await work();
		times.push(performance.now() - start);
	}
	return times;
}
