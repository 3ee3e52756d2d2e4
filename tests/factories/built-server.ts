import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

/** One running app server, as production runs it: the built app, `node server.js`. */
export interface BuiltServer {
	name: string;
	port: number;
	/** Its structured log lines (pino JSON), in order. */
	logs: { msg?: string; [field: string]: unknown }[];
	/** Everything it wrote to stdout and stderr. */
	output: string;
	/** `fetch` on this server; redirects are not followed, as a test wants to see them. */
	fetch(path: string, init?: RequestInit): Promise<Response>;
	stop(): Promise<void>;
}

/**
 * Builds the app when `build/` is missing (npm test builds it before the integration steps, so this happens
 * only when the test runs on its own); a build left from earlier code is used as it is.
 */
export function ensureBuilt(): void {
	if (existsSync('build/index.js')) return;
	console.log('build/ is missing: building the app for the servers under test (npx vite build)...');
	execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });
}

/** Starts `node server.js` on a free port with `env` added, and waits until /healthz answers 200. */
export async function startBuiltServer(name: string, env: Record<string, string>): Promise<BuiltServer> {
	ensureBuilt();
	const port = await freePort();
	const child = spawn(process.execPath, ['server.js'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const server: BuiltServer = {
		name,
		port,
		logs: [],
		output: '',
		fetch: (path, init) => fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual', ...init }),
		stop: () => stop(child)
	};
	let pending = '';
	const read = (chunk: Buffer) => {
		const text = chunk.toString('utf8');
		server.output += text;
		pending += text;
		const lines = pending.split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) {
			if (!line.startsWith('{')) continue;
			try {
				server.logs.push(JSON.parse(line));
			} catch {
				// Not a log line.
			}
		}
	};
	child.stdout!.on('data', read);
	child.stderr!.on('data', read);
	await waitUntilHealthy(server, child);
	return server;
}

async function waitUntilHealthy(server: BuiltServer, child: ChildProcess): Promise<void> {
	const deadline = Date.now() + 240_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new Error(`server ${server.name} exited with ${child.exitCode}:\n${server.output}`);
		try {
			if ((await server.fetch('/healthz')).status === 200) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	child.kill('SIGKILL');
	throw new Error(`server ${server.name} did not answer /healthz in time:\n${server.output}`);
}

/** SIGTERM, as an orchestrator stops a server: adapter-node finishes its requests and closes the pool. */
function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
		child.once('exit', () => {
			clearTimeout(force);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}
