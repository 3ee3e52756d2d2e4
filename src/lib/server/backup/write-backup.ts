import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { PassThrough } from 'node:stream';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupLine } from './backup-file';
import { applicationTables, quoteName, useStableTextForms, type SqlClient } from './catalog';

const BATCH = 500;

export interface BackupCounts {
	tables: number;
	rows: number;
	files: number;
}

/**
 * Writes the whole database, and the files under `filesDir`, to `file`. The rows are read in one REPEATABLE
 * READ transaction: one consistent moment, while the server goes on answering (on PostgreSQL; PGlite serves one
 * connection at a time, so there the server's own queries wait until the copy is read).
 */
export async function writeBackup(
	client: SqlClient,
	options: { file: string; filesDir?: string; engine: BackupHeader['engine'] }
): Promise<BackupCounts> {
	const lines = new PassThrough();
	const written = pipeline(lines, createGzip(), createWriteStream(options.file, { mode: 0o600 }));
	const emit = async (line: BackupHeader | BackupLine) => {
		if (!lines.write(JSON.stringify(line) + '\n')) await once(lines, 'drain');
	};
	let rows = 0;
	let files = 0;
	let tableCount = 0;
	try {
		await client.query('begin isolation level repeatable read read only');
		await useStableTextForms(client);
		const tables = await applicationTables(client);
		tableCount = tables.length;
		const migrations = await client.query<{ hash: string; created_at: string }>(
			'select hash, created_at::text from drizzle.__drizzle_migrations order by created_at'
		);
		await emit({
			format: BACKUP_FORMAT,
			version: BACKUP_VERSION,
			createdAt: new Date().toISOString(),
			engine: options.engine,
			migrations: migrations.rows.map((row) => ({ hash: row.hash, createdAt: Number(row.created_at) })),
			tables: tables.map((table) => ({ name: table.name, columns: table.columns }))
		});
		for (const table of tables) {
			const columns = table.columns.map((column) => `${quoteName(column.name)}::text`).join(', ');
			await client.query(
				`declare rows_of_table no scroll cursor for select ${columns} from ${quoteName(table.name)}`
			);
			for (;;) {
				const batch = await client.query({ text: `fetch ${BATCH} from rows_of_table`, rowMode: 'array' });
				for (const values of batch.rows as (string | null)[][]) await emit({ t: table.name, r: values });
				rows += batch.rows.length;
				if (batch.rows.length < BATCH) break;
			}
			await client.query('close rows_of_table');
		}
		await client.query('commit');
		if (options.filesDir) {
			for (const relative of await filesUnder(options.filesDir)) {
				const data = await readFile(path.join(options.filesDir, relative));
				await emit({ f: relative, b: data.toString('base64') });
				files++;
			}
		}
		await emit({ end: true, rows, files });
		lines.end();
		await written;
	} catch (error) {
		await client.query('rollback').catch(() => {});
		lines.destroy(error as Error);
		await written.catch(() => {});
		throw error;
	}
	return { tables: tableCount, rows, files };
}

/** Every file under the folder (relative paths with '/'), leaving out half-written temporary files. */
export async function filesUnder(root: string): Promise<string[]> {
	let entries;
	try {
		entries = await readdir(root, { recursive: true, withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	return entries
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}
