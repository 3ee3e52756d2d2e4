// `npm run backup [FILE]` and `npm run restore FILE` (see README, "Backup and restore"). The commands are the
// application's own TypeScript (src/lib/server/backup), bundled here with esbuild as the benchmarks are, so they
// run without a build and read the same settings (DATABASE_URL, DATA_DIR) as the server.
import { importTypeScript } from './import-typescript.js';

const [command, ...args] = process.argv.slice(2);
if (command !== 'backup' && command !== 'restore') {
	console.error('Usage: node scripts/backup.js backup [FILE] | restore FILE');
	process.exit(2);
}
const cli = await importTypeScript('src/lib/server/backup/cli.ts', 'icm-backup', 'cli');
try {
	process.exitCode = await (command === 'backup' ? cli.backupCommand(args) : cli.restoreCommand(args));
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
}
