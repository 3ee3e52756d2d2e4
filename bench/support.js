// What the benchmarks share: bundling an entry that imports the application's server code, the median, and
// a free port for a built server.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { importTypeScript } from '../scripts/import-typescript.js';

/**
 * Bundles `bench/<name>-entry.ts` (which imports from `$lib`) to node_modules/.cache and imports it: the
 * benchmarks run the application's own code without a SvelteKit build.
 */
export function importEntry(name) {
	return importTypeScript(`bench/${name}-entry.ts`, 'icm-bench', name);
}

export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Starts the built application (`node server.js`) on a free port against `databaseUrl` and waits until it
 * answers /healthz (it migrates, and loads the demo when asked, first). Returns its address and a stop().
 * `cwd`: another checkout whose build to start (comparing with older code). With BENCH_CPU_PROF set to a
 * folder, the server is profiled (`node --cpu-prof`).
 */
export async function startBuiltServer({ databaseUrl, dataDir, cwd, env = {} }) {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	// BENCH_CPU_PROF=<folder>: the server writes a CPU profile there when it stops (open it in Chrome's
	// DevTools), to see what a measured request spends its time on.
	const profile = process.env.BENCH_CPU_PROF;
	const args = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`, 'server.js'] : ['server.js'];
	const server = spawn('node', args, {
		cwd,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATABASE_URL: databaseUrl,
			DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = async () => {
		if (server.exitCode !== null) return;
		server.kill('SIGTERM');
		await new Promise((resolve) => server.once('exit', resolve));
	};
	for (let attempt = 0; attempt < 240; attempt++) {
		if (server.exitCode !== null) throw new Error(`the server stopped (exit code ${server.exitCode})`);
		try {
			if ((await fetch(`${base}/healthz`)).ok) return { base, stop };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	await stop();
	throw new Error(`the server did not answer at ${base}/healthz`);
}

/**
 * Signs in through the sign-in page's password form, as a browser without JavaScript would (better-auth's
 * own endpoint is reachable only from that form), and returns the Cookie header of the new session.
 */
export async function signIn(base, email, password) {
	const response = await fetch(`${base}/sign-in?/password`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: base },
		body: new URLSearchParams({ email, password, next: '/' }),
		redirect: 'manual'
	});
	const cookies = response.headers.getSetCookie().map((header) => header.split(';')[0]);
	if (response.status !== 303 || !cookies.some((cookie) => cookie.startsWith('icm.session_token'))) {
		throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
	}
	return cookies.join('; ');
}
