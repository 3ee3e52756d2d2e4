// Public page benchmark: each page's throughput as a ratio against /healthz (one trivial database round
// trip through the same server) measured in the same run, so the figures do not depend on the machine.
// Usage: npx vite build && npm run bench        (bounded: a few seconds per page, loopback only)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const PORT = 4390;
const base = `http://127.0.0.1:${PORT}`;
const pages = ['/', '/charter', '/cities', '/cities/helsinki'];
const duration = Number(process.env.BENCH_SECONDS ?? 5);

const dataDir = mkdtempSync(path.join(tmpdir(), 'icm-bench-'));
const server = spawn('node', ['server.js'], {
	env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
	stdio: ['ignore', 'ignore', 'inherit']
});

try {
	await waitFor(`${base}/healthz`);
	const baseline = await measure('/healthz');
	console.log(`baseline /healthz: ${baseline.toFixed(0)} requests/s (not comparable between machines)`);
	console.log('page                  requests/s ÷ baseline   (higher is better)');
	for (const page of pages) {
		const rate = await measure(page);
		console.log(`${page.padEnd(22)}${(rate / baseline).toFixed(3)}`);
	}
} finally {
	server.kill('SIGTERM');
	await new Promise((resolve) => server.once('exit', resolve));
	rmSync(dataDir, { recursive: true, force: true });
}

async function measure(page) {
	const result = await autocannon({ url: base + page, connections: 10, duration });
	if (result.non2xx > 0) throw new Error(`${page}: ${result.non2xx} answers were not 2xx`);
	return result.requests.average;
}

async function waitFor(url) {
	for (let attempt = 0; attempt < 120; attempt++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`server did not answer at ${url}`);
}
