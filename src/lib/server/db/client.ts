import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { log } from '../log';
import { measurePgliteQueries, measurePostgresQueries } from '../metrics/measure-queries';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the rest of the code sees, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DriverName = 'pglite' | 'postgres';

export interface DatabaseHandle {
	db: Database;
	driver: DriverName;
	migrate(): Promise<void>;
	close(): Promise<void>;
}

export interface DatabaseOptions {
	/** A postgres:// URL; without it the embedded PGlite is used. */
	url?: string;
	/** Folder for PGlite's files; 'memory://' keeps them in memory (tests). */
	dataDir?: string;
}

const migrationsFolder = path.resolve(process.env.MIGRATIONS_DIR ?? 'src/lib/server/db/migrations');

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
	if (options.url) return openPostgres(options.url);
	return openPglite(options.dataDir ?? './data');
}

function openPostgres(url: string): DatabaseHandle {
	const pool = new pg.Pool({ connectionString: url, max: 10 });
	// An idle connection the server closes (a restart, a failover, an administrator) must not stop the
	// application: the pool drops it and opens a new one for the next query. Unhandled, pg throws it.
	pool.on('error', (error) => log.warn({ err: error }, 'an idle database connection was closed'));
	measurePostgresQueries(pool);
	const db = drizzlePg(pool, { schema });
	return {
		db: db as unknown as Database,
		driver: 'postgres',
		migrate: () => migratePg(db, { migrationsFolder }),
		close: () => pool.end()
	};
}

function openPglite(dataDir: string): DatabaseHandle {
	let target = dataDir;
	let release = () => {};
	if (!dataDir.startsWith('memory://')) {
		target = path.resolve(dataDir, 'pglite');
		mkdirSync(target, { recursive: true });
		release = lockDataDir(path.resolve(dataDir, 'pglite.lock'));
	}
	const client = new PGlite(target);
	measurePgliteQueries(client);
	const db = drizzlePglite(client, { schema });
	return {
		db: db as unknown as Database,
		driver: 'pglite',
		migrate: () => migratePglite(db, { migrationsFolder }),
		close: async () => {
			await client.close();
			release();
		}
	};
}

/**
 * PGlite is one process's database: a second server on the same folder would corrupt it. A lock file with
 * the owner's process id refuses that, and a lock left by a process that no longer runs is taken over.
 */
function lockDataDir(lockFile: string): () => void {
	try {
		writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
	} catch {
		const owner = Number(readFileSync(lockFile, 'utf8'));
		if (owner && owner !== process.pid && isRunning(owner)) {
			throw new Error(
				`Another server (process ${owner}) is using the database in ${path.dirname(lockFile)}. Stop it first, or set DATA_DIR to another folder.`
			);
		}
		writeFileSync(lockFile, String(process.pid));
	}
	return () => rmSync(lockFile, { force: true });
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}
