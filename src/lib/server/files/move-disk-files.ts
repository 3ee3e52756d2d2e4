import { readdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db';
import { storedFiles } from '../db/schema';
import { log } from '../log';
import { InvalidFileKeyError, keySegments } from './file-store';

export interface MovedFiles {
	/** Files copied into the database by this run (a file already there is not counted). */
	moved: number;
	/** Where the old folder was renamed to once every file was in the database; null when there was none. */
	keptAt: string | null;
}

/**
 * Moves the attachments that installations before decision 0019 kept under <DATA_DIR>/files into the
 * database, once, at start. Each file goes in under its old key unless that key is already there (a
 * server interrupted half-way moves the rest next time); once all are in, the folder is renamed to
 * `files-moved-to-database` rather than deleted, so an operator can check and remove it. Temporary files
 * of an interrupted upload (their names start with a dot) are left behind.
 */
export async function moveDiskFilesIntoDatabase(db: Database, dataDir: string): Promise<MovedFiles> {
	const root = path.resolve(dataDir, 'files');
	if (!(await isFolder(root))) return { moved: 0, keptAt: null };
	let moved = 0;
	for (const key of await keysUnder(root)) {
		const content = await readFile(path.join(root, ...key.split('/')));
		const inserted = await db
			.insert(storedFiles)
			.values({ key, content, bytes: content.byteLength })
			.onConflictDoNothing()
			.returning({ key: storedFiles.key });
		moved += inserted.length;
	}
	const keptAt = await freeName(path.resolve(dataDir, 'files-moved-to-database'));
	await rename(root, keptAt);
	log.info({ moved, keptAt }, 'attachments moved from the data folder into the database');
	return { moved, keptAt };
}

/** Every file's key under `root` ('responses/12/abc'), skipping names no store accepts (temporary files). */
async function keysUnder(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const keys: string[] = [];
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const key = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
		try {
			keySegments(key);
			keys.push(key);
		} catch (error) {
			if (!(error instanceof InvalidFileKeyError)) throw error;
			log.warn({ file: key }, 'a file in the old files folder is not an attachment; left where it is');
		}
	}
	return keys.sort();
}

async function isFolder(folder: string): Promise<boolean> {
	try {
		return (await stat(folder)).isDirectory();
	} catch {
		return false;
	}
}

/** `wanted`, or `wanted-2`, `wanted-3`… when an earlier move already took the name. */
async function freeName(wanted: string): Promise<string> {
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? wanted : `${wanted}-${n}`;
		if (!(await isFolder(candidate))) return candidate;
	}
}
