import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
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
	if (!dataDir.startsWith('memory://')) {
		target = path.resolve(dataDir, 'pglite');
		mkdirSync(target, { recursive: true });
	}
	const client = new PGlite(target);
	const db = drizzlePglite(client, { schema });
	return {
		db: db as unknown as Database,
		driver: 'pglite',
		migrate: () => migratePglite(db, { migrationsFolder }),
		close: () => client.close()
	};
}
