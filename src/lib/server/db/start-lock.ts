import { sql } from 'drizzle-orm';
import { log } from '../log';
import type { DatabaseHandle } from './client';

/**
 * The advisory lock every app server takes while it starts. Any fixed number would do; this one is written
 * out so that an operator who sees it in pg_locks can find it here.
 */
export const START_LOCK_KEY = 7_301_923_410;

type Rows<T> = { rows: T[] };

/**
 * Runs `work` (migrations, the demo data, moving old files) while no other app server on the same PostgreSQL
 * database runs its own: two servers started together would otherwise both run the same migration, and one
 * of them would fail half-way. The lock is a transaction-level advisory lock held by one pooled connection
 * for as long as `work` runs; it goes with the transaction, so a server that dies while starting releases it.
 * PGlite has one process by construction (its folder is locked), so there `work` simply runs.
 */
export async function oneStartAtATime<T>(
	handle: Pick<DatabaseHandle, 'db' | 'driver'>,
	work: () => Promise<T>
): Promise<T> {
	if (handle.driver !== 'postgres') return work();
	return handle.db.transaction(async (tx) => {
		const tried = (await tx.execute(
			sql`select pg_try_advisory_xact_lock(${START_LOCK_KEY}) as taken`
		)) as unknown as Rows<{ taken: boolean }>;
		if (!tried.rows[0]?.taken) {
			log.info({ lock: START_LOCK_KEY }, 'another app server is starting on this database; waiting for it');
			const waiting = performance.now();
			await tx.execute(sql`select pg_advisory_xact_lock(${START_LOCK_KEY})`);
			log.info(
				{ lock: START_LOCK_KEY, waitedMs: Math.round(performance.now() - waiting) },
				'the other app server has started; starting now'
			);
		}
		return work();
	});
}

/** How many migrations the database has recorded (drizzle's own table), 0 before the first. */
export async function migrationsRecorded(handle: Pick<DatabaseHandle, 'db'>): Promise<number> {
	const found = (await handle.db.execute(
		sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`
	)) as unknown as Rows<{ present: boolean }>;
	if (!found.rows[0]?.present) return 0;
	const counted = (await handle.db.execute(
		sql`select count(*)::int as migrations from drizzle.__drizzle_migrations`
	)) as unknown as Rows<{ migrations: number }>;
	return counted.rows[0]?.migrations ?? 0;
}
