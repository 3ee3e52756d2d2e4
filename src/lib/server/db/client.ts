import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { log } from '../log';
import { measurePgliteQueries, measurePostgresQueries } from '../metrics/measure-queries';
import { lockDataDir } from './pglite-lock';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the rest of the code sees, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DriverName = 'pglite' | 'postgres';

export interface DatabaseHandle {
	db: Database;
	driver: DriverName;
	/** Resolves once queries can be sent (the embedded database's worker has started). */
	ready(): Promise<void>;
	migrate(): Promise<void>;
	close(): Promise<void>;
}

export interface DatabaseOptions {
	/** A postgres:// URL; without it the embedded PGlite is used. */
	url?: string;
	/** Folder for PGlite's files; 'memory://' keeps them in memory, in this thread (tests, benchmarks). */
	dataDir?: string;
	/**
	 * For 'memory://' only: a dump of a PGlite folder (PGlite's dumpDataDir) to start from instead of an empty
	 * cluster. Tests start every database from one migrated copy: making a cluster and migrating it takes
	 * seconds in WebAssembly, loading the copy about one.
	 */
	startFrom?: Blob;
}

/** The SQL migrations, read at run time; exported for the tests' one migrated copy (tests/factories). */
export const migrationsFolder = path.resolve(process.env.MIGRATIONS_DIR ?? 'src/lib/server/db/migrations');
// Like the migrations, the worker is read from the source tree at run time (the server runs from the project
// folder): it is plain JavaScript that the build does not bundle.
const pgliteWorkerFile = path.resolve(process.env.PGLITE_WORKER ?? 'src/lib/server/db/pglite-worker.js');

const workerDataVersions = new WeakMap<Database, () => Promise<number>>();

/**
 * For a PGlite folder served by its worker: the worker's count of committed changes to public data, which
 * answers without queueing behind other statements; undefined for any other database.
 */
export function workerDataVersionOf(db: Database): (() => Promise<number>) | undefined {
	return workerDataVersions.get(db);
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
	if (options.url) return openPostgres(options.url);
	const dataDir = options.dataDir ?? './data';
	if (dataDir.startsWith('memory://')) return openPgliteInThread(dataDir, options.startFrom);
	return openPgliteOnWorker(dataDir);
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
		ready: async () => {},
		migrate: () => migratePg(db, { migrationsFolder }),
		close: () => pool.end()
	};
}

/** PGlite in this very thread: for in-memory databases, which only tests and benchmarks use. */
function openPgliteInThread(dataDir: string, startFrom?: Blob): DatabaseHandle {
	const client = new PGlite(dataDir, startFrom ? { loadDataDir: startFrom } : {});
	measurePgliteQueries(client);
	const db = drizzlePglite(client, { schema });
	return {
		db: db as unknown as Database,
		driver: 'pglite',
		ready: () => client.waitReady,
		migrate: () => migratePglite(db, { migrationsFolder }),
		close: () => client.close()
	};
}

/**
 * A PGlite folder, served by a worker thread over a private Unix socket (see pglite-worker.js): queries run
 * beside the request thread instead of on it, and the application talks node-postgres to both databases.
 */
function openPgliteOnWorker(dataDir: string): DatabaseHandle {
	mkdirSync(path.resolve(dataDir, 'pglite'), { recursive: true });
	// A short private folder: Unix socket paths are limited to about a hundred characters, DATA_DIR is not.
	const socketDir = mkdtempSync(path.join(tmpdir(), 'icm-pglite-socket-'));
	const socketPath = path.join(socketDir, '.s.PGSQL.5432');
	let release: () => void;
	try {
		release = lockDataDir(dataDir, socketPath);
	} catch (error) {
		rmSync(socketDir, { recursive: true, force: true });
		throw error;
	}
	const worker = new Worker(pgliteWorkerFile, {
		workerData: { dataDir: path.resolve(dataDir, 'pglite'), socketPath }
	});
	let closing = false;
	let exited = false;
	const said = (type: string) =>
		new Promise<void>((resolve, reject) => {
			const listen = (message: { type?: string }) => {
				if (message?.type !== type) return;
				worker.off('message', listen);
				resolve();
			};
			worker.on('message', listen);
			worker.once('exit', () => reject(new Error('the embedded database stopped')));
		});
	const ready = said('ready');
	ready.catch(() => {}); // reported by the 'exit' listener below; migrate() rethrows it
	worker.on('error', (error) => log.error({ err: error }, 'the embedded database failed'));
	worker.on('exit', (code) => {
		exited = true;
		if (!closing) log.error({ code }, 'the embedded database stopped');
	});
	// Connections wait their turn inside the worker, which runs one statement at a time. A few of them let the
	// next statements arrive while one runs; a transaction keeps its connection (and the database) to itself.
	// The count of committed changes to public data, kept by the worker (see pglite-worker.js): asked by
	// message, it never waits behind other connections' statements.
	let asked = 0;
	const answers = new Map<number, (count: number) => void>();
	worker.on('message', (message: { type?: string; id?: number; count?: number }) => {
		if (message?.type !== 'data-version' || message.id === undefined) return;
		answers.get(message.id)?.(message.count ?? 0);
		answers.delete(message.id);
	});
	const countedDataVersion = () =>
		new Promise<number>((resolve, reject) => {
			if (exited) return reject(new Error('the embedded database stopped'));
			const id = ++asked;
			answers.set(id, resolve);
			worker.postMessage({ type: 'data-version', id });
		});
	const pool = new pg.Pool({ host: socketDir, port: 5432, user: 'postgres', database: 'postgres', max: 4 });
	pool.on('error', (error) => log.warn({ err: error }, 'a connection to the embedded database was closed'));
	measurePostgresQueries(pool);
	const db = drizzlePg(pool, { schema });
	workerDataVersions.set(db as unknown as Database, countedDataVersion);
	return {
		db: db as unknown as Database,
		driver: 'pglite',
		ready: () => ready,
		async migrate() {
			await ready;
			await migratePg(db, { migrationsFolder });
		},
		async close() {
			closing = true;
			await pool.end();
			// PGlite writes its files as it goes; closing it lets the last statement finish and leaves the
			// folder ready for the next start.
			if (!exited) {
				const closed = said('closed').catch(() => {});
				worker.postMessage({ type: 'close' });
				await closed;
				await worker.terminate();
			}
			rmSync(socketDir, { recursive: true, force: true });
			release();
		}
	};
}
