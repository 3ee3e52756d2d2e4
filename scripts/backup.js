// `npm run backup [FILE]` and `npm run restore FILE` (see README, "Backup and restore"). The commands are the
// application's own TypeScript (src/lib/server/backup), bundled here with esbuild as the benchmarks are, so they
// run without a build and read the same settings (DATABASE_URL, DATA_DIR) as the server.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const [command, ...args] = process.argv.slice(2);
if (command !== 'backup' && command !== 'restore') {
	console.error('Usage: node scripts/backup.js backup [FILE] | restore FILE');
	process.exit(2);
}
const outDir = path.join(root, 'node_modules', '.cache', 'icm-backup');
mkdirSync(outDir, { recursive: true });
const outfile = path.join(outDir, 'cli.mjs');
await build({
	entryPoints: [path.join(root, 'src', 'lib', 'server', 'backup', 'cli.ts')],
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	alias: { $lib: path.join(root, 'src', 'lib') },
	outfile,
	logLevel: 'warning'
});
const cli = await import(outfile);
try {
	process.exitCode = await (command === 'backup' ? cli.backupCommand(args) : cli.restoreCommand(args));
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
}
