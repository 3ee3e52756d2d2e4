import path from 'node:path';
import { readConfig } from '../config';
import { defaultBackupName } from './backup-file';
import { connectToDatabase } from './connect';
import { checkBackupFile, restoreBackup, RestoreRefused } from './restore-backup';
import { writeBackup } from './write-backup';

const migrationsFolder = path.resolve(process.env.MIGRATIONS_DIR ?? 'src/lib/server/db/migrations');

/** `npm run backup [FILE]`: the database named by DATABASE_URL / DATA_DIR, and its files, into one file. */
export async function backupCommand(args: string[]): Promise<number> {
	const config = readConfig();
	const file = path.resolve(args[0] ?? defaultBackupName());
	const connection = await connectToDatabase({
		url: config.DATABASE_URL,
		dataDir: config.DATA_DIR,
		mustExist: true
	});
	try {
		console.log(`Backing up ${connection.via} …`);
		const counts = await writeBackup(connection.client, {
			file,
			engine: connection.engine,
			filesDir: path.join(config.DATA_DIR, 'files')
		});
		console.log(`Wrote ${file}: ${counts.rows} rows of ${counts.tables} tables, ${counts.files} files.`);
		return 0;
	} finally {
		await connection.close();
	}
}

/** `npm run restore FILE`: the backup into the (empty) database named by DATABASE_URL / DATA_DIR. */
export async function restoreCommand(args: string[]): Promise<number> {
	if (!args[0]) {
		console.error(
			'Usage: npm run restore FILE   (into the empty database named by DATABASE_URL or DATA_DIR)'
		);
		return 2;
	}
	const config = readConfig();
	const file = path.resolve(args[0]);
	try {
		await checkBackupFile(file);
	} catch (error) {
		if (!(error instanceof RestoreRefused)) throw error;
		console.error(`Nothing was restored: ${error.message}`);
		return 1;
	}
	const connection = await connectToDatabase({
		url: config.DATABASE_URL,
		dataDir: config.DATA_DIR,
		mustExist: false
	});
	try {
		console.log(`Restoring ${file} into ${connection.via} …`);
		const counts = await restoreBackup(connection.client, {
			file,
			migrationsFolder,
			filesDir: path.join(config.DATA_DIR, 'files')
		});
		console.log(`Restored ${counts.rows} rows and ${counts.files} files.`);
		return 0;
	} catch (error) {
		if (error instanceof RestoreRefused) {
			console.error(`Nothing was restored: ${error.message}`);
			return 1;
		}
		throw error;
	} finally {
		await connection.close();
	}
}
