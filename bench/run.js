// Public page benchmark. For each public reading page: its throughput divided by that of a bare node:http
// server sending the same bytes (the page fetched once, then served by bench/bare-server.js), so the figure
// says how close a page comes to "sending a file"; and /cities divided by /healthz (one trivial database round
// trip through the same server). Both ratios are measured in the same run, so they do not depend on the machine.
// Usage: npx vite build && npm run bench
//   BENCH_SECONDS  seconds per measurement (default 1)
//   BENCH_ROUNDS   rounds per page (default 3): each round measures the bare server and then the app, and the
//                  median of the rounds' ratios is printed, so a moment of load elsewhere on the machine
//                  counts against one round only
//   APP_DIR        the checkout whose build to measure (default: this one), e.g. an older commit's worktree
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort } from './support.js';

const duration = Number(process.env.BENCH_SECONDS ?? 1);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const appDir = path.resolve(process.env.APP_DIR ?? path.join(import.meta.dirname, '..'));
/** Response headers that belong to one connection or moment, not to the page. */
const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'icm-bench-'));
const server = spawn('node', ['server.js'], {
	cwd: appDir,
	env: {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: base,
		DATA_DIR: dataDir,
		DATABASE_URL: '',
		DEMO_DATA: 'on',
		LOG_LEVEL: 'warn'
	},
	stdio: ['ignore', 'ignore', 'inherit']
});

try {
	await waitFor(`${base}/healthz`);
	const pages = await publicPages();
	console.log(`app: ${appDir}`);
	console.log(`${'page'.padEnd(34)}${'bytes'.padStart(8)}  app req/s  bare req/s  app ÷ bare`);
	for (const page of pages) {
		const { headers, body } = await fetchOnce(page);
		const bare = await startBare(headers, body);
		try {
			const { a, b, ratio } = await compare(base + page, `http://127.0.0.1:${bare.port}${page}`);
			console.log(
				`${page.padEnd(34)}${String(body.length).padStart(8)}  ${a.toFixed(0).padStart(9)}  ` +
					`${b.toFixed(0).padStart(10)}  ${ratio.toFixed(3).padStart(10)}`
			);
		} finally {
			bare.stop();
		}
	}
	const { a, b, ratio } = await compare(`${base}/cities`, `${base}/healthz`);
	console.log(`/cities ÷ /healthz: ${ratio.toFixed(3)}   (${a.toFixed(0)} ÷ ${b.toFixed(0)} req/s)`);
} finally {
	server.kill('SIGTERM');
	await new Promise((resolve) => server.once('exit', resolve));
	rmSync(dataDir, { recursive: true, force: true });
}

/** The public reading pages, with a city, a practice and a published report taken from the demo data. */
async function publicPages() {
	const firstLink = async (page, pattern) => {
		const html = (await fetchOnce(page)).body.toString('utf8');
		const found = pattern.exec(html)?.[1];
		if (!found) throw new Error(`no link matching ${pattern} on ${page}`);
		return found;
	};
	return [
		'/',
		'/charter',
		'/cities',
		'/cities/helsinki',
		'/practices',
		'/practices?q=housing',
		await firstLink('/practices', /href="(\/practices\/[a-z0-9-]+)"/),
		'/reports',
		await firstLink('/reports', /href="(\/reports\/[a-z0-9-]+)"/),
		'/data'
	];
}

async function fetchOnce(page) {
	const response = await fetch(base + page, { redirect: 'manual' });
	if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
	const headers = {};
	for (const [name, value] of response.headers) if (!HOP_HEADERS.has(name)) headers[name] = value;
	return { headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** Starts bench/bare-server.js in its own process, serving these bytes. */
async function startBare(headers, body) {
	const child = fork(path.join(import.meta.dirname, 'bare-server.js'), {
		stdio: ['ignore', 'ignore', 'inherit', 'ipc']
	});
	const ready = new Promise((resolve) => child.once('message', resolve));
	child.send({ headers, body: body.toString('base64') });
	const { port: barePort } = await ready;
	return { port: barePort, stop: () => child.disconnect() };
}

/** Throughput of a and of b, alternating, and the median of the rounds' ratios a ÷ b (medians of the rates too). */
async function compare(a, b) {
	const results = [];
	for (let round = 0; round < rounds; round++) {
		const rateB = await measure(b);
		const rateA = await measure(a);
		results.push({ a: rateA, b: rateB, ratio: rateA / rateB });
	}
	const median = (values) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)];
	return {
		a: median(results.map((r) => r.a)),
		b: median(results.map((r) => r.b)),
		ratio: median(results.map((r) => r.ratio))
	};
}

async function measure(url) {
	const result = await autocannon({ url, connections: 10, duration });
	if (result.non2xx > 0 || result.errors > 0)
		throw new Error(`${url}: ${result.non2xx} answers were not 2xx`);
	// Requests answered over the whole run (a page slower than the run's seconds still counts its answers).
	return result.requests.total / result.duration;
}

async function waitFor(url) {
	for (let attempt = 0; attempt < 240; attempt++) {
		if (server.exitCode !== null) throw new Error(`the server stopped (exit code ${server.exitCode})`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`server did not answer at ${url}`);
}
