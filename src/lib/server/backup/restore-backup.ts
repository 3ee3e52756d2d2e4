import { createReadStream } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupLine } from './backup-file';
import { applicationTables, quoteName, useStableTextForms, type SqlClient } from './catalog';
import { filesUnder } from './write-backup';

/** Parameters per INSERT stay well below PostgreSQL's limit of 65,535. */
const MAX_PARAMETERS = 30_000;
const MAX_BATCH_BYTES = 8 * 1024 * 1024;

export class RestoreRefused extends Error {}

/**
 * Brings a backup back into an empty database (and an empty files folder): the schema is prepared by the
 * application's migrations up to the backup's own, the rows go in one transaction in reference order, the
 * sequences are set past the restored ids, and the later migrations run last, as on an upgrade.
 */
export async function restoreBackup(
	client: pg.Client | pg.PoolClient,
	options: { file: string; filesDir?: string; migrationsFolder: string }
): Promise<{ rows: number; files: number }> {
	const lines = readLines(options.file);
	const header = await readHeader(lines);
	await refuseNonEmpty(client, options.filesDir);
	const journal = await readJournal(options.migrationsFolder);
	const backupLevel = Math.max(0, ...header.migrations.map((migration) => migration.createdAt));
	const unknown = header.migrations.filter(
		(migration) => !journal.some((entry) => entry.when === migration.createdAt)
	);
	if (unknown.length > 0) {
		throw new RestoreRefused(
			`The backup was made by a newer version of the application (${unknown.length} database changes this version does not know). Restore it with that version or a later one.`
		);
	}
	await migrateUpTo(client, options.migrationsFolder, backupLevel);

	let rows = 0;
	let files = 0;
	let ended: Extract<BackupLine, { end: true }> | null = null;
	await client.query('begin');
	try {
		await useStableTextForms(client);
		const tables = new Map((await applicationTables(client)).map((table) => [table.name, table]));
		for (const table of header.tables) {
			const here = tables.get(table.name);
			const missing = table.columns.filter(
				(column) => !here?.columns.some((one) => one.name === column.name)
			);
			if (!here || missing.length > 0) {
				throw new RestoreRefused(`The backup's table ${table.name} does not match this version's database.`);
			}
		}
		// The rows go in as they were: triggers would change them (the data version counts every insert into a
		// public table) or refuse them, and rows a migration put in (the data version's one row) make way for
		// the backup's. Disabling a table's own triggers needs only its ownership, not a superuser.
		for (const table of header.tables) {
			await client.query(`alter table ${quoteName(table.name)} disable trigger user`);
			await client.query(`delete from ${quoteName(table.name)}`);
		}
		const pending = new Batcher(client, header);
		for await (const text of lines) {
			if (ended)
				throw new RestoreRefused(
					'The backup file goes on after its end: it is not a backup of this application.'
				);
			const line = JSON.parse(text) as BackupLine;
			if ('t' in line) {
				await pending.add(line.t, line.r);
				rows++;
			} else if ('f' in line) {
				if (!options.filesDir)
					throw new RestoreRefused('The backup holds files but no files folder was given.');
				await writeStoredFile(options.filesDir, line.f, Buffer.from(line.b, 'base64'));
				files++;
			} else if ('end' in line) {
				ended = line;
			}
		}
		await pending.flush();
		if (!ended || ended.rows !== rows || ended.files !== files) {
			throw new RestoreRefused('The backup file is incomplete (cut off while it was written or copied).');
		}
		for (const table of header.tables) {
			await client.query(`alter table ${quoteName(table.name)} enable trigger user`);
		}
		for (const table of tables.values()) {
			for (const { column, sequence } of table.sequences) {
				// The next id after the highest restored one, as if the rows had been inserted here.
				await client.query(
					`select setval($1, coalesce((select max(${quoteName(column)}) from ${quoteName(table.name)}), 0) + 1, false)`,
					[sequence]
				);
			}
		}
		await client.query('commit');
	} catch (error) {
		await client.query('rollback').catch(() => {});
		throw error;
	}
	// The migrations the backup had not run yet: its data moves on to this version's schema.
	await migrate(drizzle(client), { migrationsFolder: options.migrationsFolder });
	return { rows, files };
}

/** Reads the first line only: a file that is no backup is refused before any database is opened. */
export async function checkBackupFile(file: string): Promise<void> {
	const lines = readLines(file);
	try {
		await readHeader(lines);
	} finally {
		await lines.return(undefined);
	}
}

async function* readLines(file: string): AsyncGenerator<string> {
	const input = createReadStream(file).pipe(createGunzip());
	for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line) yield line;
}

async function readHeader(lines: AsyncGenerator<string>): Promise<BackupHeader> {
	let first: IteratorResult<string>;
	try {
		first = await lines.next();
	} catch {
		throw new RestoreRefused('This file is not a backup of this application (it is not gzip-compressed).');
	}
	let header: BackupHeader | null = null;
	try {
		header = first.done ? null : (JSON.parse(first.value) as BackupHeader);
	} catch {
		header = null;
	}
	if (header?.format !== BACKUP_FORMAT)
		throw new RestoreRefused('This file is not a backup of this application.');
	if (header.version > BACKUP_VERSION) {
		throw new RestoreRefused(
			'The backup was written by a newer version of the application; restore it with that version.'
		);
	}
	return header;
}

/** Restoring over data would mix two databases: only an empty one (no rows in any table) is accepted. */
async function refuseNonEmpty(client: SqlClient, filesDir?: string): Promise<void> {
	const tables = await applicationTables(client);
	for (const table of tables) {
		const found = await client.query(`select 1 from ${quoteName(table.name)} limit 1`);
		if (found.rows.length > 0) {
			throw new RestoreRefused(
				`The database is not empty (table ${table.name} has rows). Restore into a new, empty database: for PGlite a new DATA_DIR folder, for PostgreSQL a new database in DATABASE_URL.`
			);
		}
	}
	if (filesDir && (await filesUnder(filesDir)).length > 0) {
		throw new RestoreRefused(
			`The files folder ${filesDir} is not empty. Restore into a new, empty DATA_DIR.`
		);
	}
}

interface JournalEntry {
	when: number;
	tag: string;
}

async function readJournal(folder: string): Promise<JournalEntry[]> {
	const journal = JSON.parse(await readFile(path.join(folder, 'meta', '_journal.json'), 'utf8'));
	return journal.entries as JournalEntry[];
}

/** Runs the application's migrations up to and including the one made at `level` (drizzle's timestamp). */
async function migrateUpTo(client: pg.Client | pg.PoolClient, folder: string, level: number): Promise<void> {
	const journal = JSON.parse(await readFile(path.join(folder, 'meta', '_journal.json'), 'utf8'));
	const partial = await mkdtemp(path.join(tmpdir(), 'icm-restore-migrations-'));
	try {
		await cp(folder, partial, { recursive: true });
		journal.entries = (journal.entries as JournalEntry[]).filter((entry) => entry.when <= level);
		await writeFile(path.join(partial, 'meta', '_journal.json'), JSON.stringify(journal));
		await migrate(drizzle(client), { migrationsFolder: partial });
	} finally {
		await rm(partial, { recursive: true, force: true });
	}
}

/** Rows gathered per table and written by multi-row INSERTs, the text of each value read by its column's type. */
class Batcher {
	private table: string | null = null;
	private rows: (string | null)[][] = [];
	private bytes = 0;
	private readonly columns: Map<string, string[]>;

	constructor(
		private readonly client: SqlClient,
		header: BackupHeader
	) {
		this.columns = new Map(
			header.tables.map((table) => [table.name, table.columns.map((column) => column.name)])
		);
	}

	async add(table: string, values: (string | null)[]): Promise<void> {
		const columns = this.columns.get(table);
		if (!columns || columns.length !== values.length) {
			throw new RestoreRefused(`A row of ${table} in the backup does not match the table's columns.`);
		}
		if (this.table !== table) await this.flush();
		this.table = table;
		this.rows.push(values);
		this.bytes += values.reduce((sum, value) => sum + (value?.length ?? 0), 0);
		if ((this.rows.length + 1) * columns.length > MAX_PARAMETERS || this.bytes > MAX_BATCH_BYTES)
			await this.flush();
	}

	async flush(): Promise<void> {
		if (!this.table || this.rows.length === 0) return;
		const columns = this.columns.get(this.table) ?? [];
		const placeholders = this.rows.map(
			(_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(', ')})`
		);
		// Identity columns declared GENERATED ALWAYS take the backup's ids too.
		await this.client.query(
			`insert into ${quoteName(this.table)} (${columns.map(quoteName).join(', ')}) overriding system value values ${placeholders.join(', ')}`,
			this.rows.flat()
		);
		this.rows = [];
		this.bytes = 0;
	}
}

async function writeStoredFile(root: string, relative: string, data: Buffer): Promise<void> {
	const target = path.resolve(root, ...relative.split('/'));
	if (
		!target.startsWith(path.resolve(root) + path.sep) ||
		relative.split('/').some((part) => part.startsWith('.'))
	) {
		throw new RestoreRefused(`The backup names a file outside the files folder: ${relative}`);
	}
	await mkdir(path.dirname(target), { recursive: true });
	await writeFile(target, data, { flag: 'wx', mode: 0o600 });
}
