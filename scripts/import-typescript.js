// Runs the application's own TypeScript (which imports from `$lib`) without a SvelteKit build: esbuild bundles
// one entry to node_modules/.cache, leaving packages external, and the bundle is imported. The backup commands
// and the benchmarks use it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

/**
 * Bundles `entry` (a path from the project's root) to node_modules/.cache/<cacheFolder>/<name>.mjs and imports it.
 */
export async function importTypeScript(entry, cacheFolder, name) {
	const outDir = path.join(root, 'node_modules', '.cache', cacheFolder);
	mkdirSync(outDir, { recursive: true });
	const outfile = path.join(outDir, `${name}.mjs`);
	await build({
		entryPoints: [path.join(root, entry)],
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
