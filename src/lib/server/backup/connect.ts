import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../db/client';
import { isLiveOwner, readLockOwner } from '../db/pglite-lock';

export interface BackupConnection {
	client: pg.Client | pg.PoolClient;
	engine: 'pglite' | 'postgres';
	/** Says how it reached the database, for the command's output. */
	via: string;
	close(): Promise<void>;
}

/**
 * The configured database, as the server would open it: PostgreSQL at DATABASE_URL; otherwise the PGlite
 * folder in DATA_DIR, through the running server's socket when a server holds it (so a backup needs no
 * stop), or opened here (holding the folder's lock) when none does.
 */
export async function connectToDatabase(settings: {
	url?: string;
	dataDir: string;
	mustExist: boolean;
}): Promise<BackupConnection> {
	if (settings.url) {
		const client = new pg.Client({ connectionString: settings.url });
		await client.connect();
		return { client, engine: 'postgres', via: 'PostgreSQL (DATABASE_URL)', close: () => client.end() };
	}
	const owner = readLockOwner(settings.dataDir);
	if (owner?.socket && isLiveOwner(owner, settings.dataDir)) {
		const client = new pg.Client({
			host: path.dirname(owner.socket),
			port: Number(path.basename(owner.socket).split('.').pop()),
			user: 'postgres',
			database: 'postgres'
		});
		await client.connect();
		return {
			client,
			engine: 'pglite',
			via: `the running server (process ${owner.pid}) on ${path.resolve(settings.dataDir)}`,
			close: () => client.end()
		};
	}
	if (settings.mustExist && !existsSync(path.resolve(settings.dataDir, 'pglite'))) {
		throw new Error(
			`There is no database in ${path.resolve(settings.dataDir)} (set DATA_DIR or DATABASE_URL).`
		);
	}
	const handle = openDatabase({ dataDir: settings.dataDir });
	const pool = (handle.db as unknown as { $client: pg.Pool }).$client;
	let client: pg.PoolClient;
	try {
		// Waits for the database to start; a fresh folder gets no tables here (the restore migrates it).
		await handle.ready();
		client = await pool.connect();
	} catch (error) {
		await handle.close();
		throw error;
	}
	return {
		client,
		engine: 'pglite',
		via: `PGlite in ${path.resolve(settings.dataDir)} (no server running)`,
		async close() {
			client.release();
			await handle.close();
		}
	};
}
