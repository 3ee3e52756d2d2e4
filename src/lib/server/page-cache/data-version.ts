import { eq } from 'drizzle-orm';
import { workerDataVersionOf, type Database, type DriverName } from '../db';
import { dataVersion } from '../db/schema';
import { log } from '../log';

/** The channel the triggers of migration 0010 notify on, after a change to public data commits. */
export const DATA_VERSION_CHANNEL = 'icm_data_version';

/**
 * Tells whether public data changed since a page was rendered: the number it gives changes whenever a change
 * to public data commits. null means "do not use kept pages now" (not listening yet).
 */
export interface DataVersionSource {
	current(): number | null | Promise<number>;
}

/**
 * The current count of changes to public data (the `data_version` row that database triggers bump in the
 * same transaction as each change, migration 0010).
 */
export async function readDataVersion(db: Database): Promise<number> {
	const [row] = await db
		.select({ version: dataVersion.version })
		.from(dataVersion)
		.where(eq(dataVersion.id, 1));
	return row?.version ?? 0;
}

/**
 * Reads the data version for many requests at once without ever answering one with a value read before it
 * arrived: requests that come while a read is under way wait for the next read, which starts after them and
 * is shared by all of them. Under load that is one small query per batch of requests instead of one each,
 * and a page shown right after a change (the redirect after a form) always sees that change.
 */
export function sharedDataVersionReader(read: () => Promise<number>): () => Promise<number> {
	let running: Promise<number> | null = null;
	let next: Promise<number> | null = null;
	const start = (): Promise<number> => {
		const current = read().finally(() => {
			if (running === current) running = null;
		});
		running = current;
		return current;
	};
	return () => {
		if (!running) return start();
		// A read is under way but began before this request: queue behind it for a fresh one.
		next ??= running
			.catch(() => undefined)
			.then(() => {
				next = null;
				return start();
			});
		return next;
	};
}

/** What PGlite offers to hear notifications (its `listen`). */
export interface NotificationListener {
	listen(channel: string, callback: (payload: string) => void): Promise<unknown>;
}

/**
 * For the embedded database, which only this process opens: a count kept in memory, raised by each
 * notification. PGlite delivers a notification (as a microtask) while it reads the answer to the statement
 * that committed, before that statement's caller continues, so no page is answered from an older count after
 * a change. Until the listening starts, kept pages are not used.
 */
export function notifiedDataVersion(client: NotificationListener): DataVersionSource {
	let count = 0;
	let listening = false;
	client
		.listen(DATA_VERSION_CHANNEL, () => {
			count++;
		})
		.then(() => {
			listening = true;
		})
		.catch((error: unknown) => log.warn({ err: error }, 'public pages are not kept: no notifications'));
	return { current: () => (listening ? count : null) };
}

/**
 * PostgreSQL, where several app processes may share the database: the row is read for every request (shared
 * between requests that arrive together), so a change made through any process shows on the next request.
 */
export function queriedDataVersion(db: Database): DataVersionSource {
	return { current: sharedDataVersionReader(() => readDataVersion(db)) };
}

export function dataVersionSource(db: Database, driver: DriverName): DataVersionSource {
	// A PGlite folder: its worker counts the notifications itself (pglite-worker.js), so asking costs no query.
	const counted = workerDataVersionOf(db);
	if (counted) return { current: counted };
	const client = (db as unknown as { $client?: Partial<NotificationListener> }).$client;
	if (driver === 'pglite' && typeof client?.listen === 'function') {
		return notifiedDataVersion(client as NotificationListener);
	}
	return queriedDataVersion(db);
}
