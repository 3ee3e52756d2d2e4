// What the benchmarks share: bundling an entry that imports the application's server code, the median, and
// a free port for a built server.
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Bundles `bench/<name>-entry.ts` (which imports from `$lib`) to node_modules/.cache and imports it: the
 * benchmarks run the application's own code without a SvelteKit build.
 */
export async function importEntry(name) {
	const outDir = path.join(root, 'node_modules', '.cache', 'icm-bench');
	mkdirSync(outDir, { recursive: true });
	const outfile = path.join(outDir, `${name}.mjs`);
	await build({
		entryPoints: [path.join(root, 'bench', `${name}-entry.ts`)],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		alias: { $lib: path.join(root, 'src', 'lib') },
		outfile,
		logLevel: 'warning'
	});
	return import(outfile);
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
