import { eq, sql, type SQL } from 'drizzle-orm';
import { publicCycleStatus } from '$lib/domain/disclosure';
import { cycles } from '../db/schema';

/**
 * The one base of every public read: a cycle exists for the public only once it is published. Every read that
 * reaches the public (through `lib/server/public`) narrows cycles with this condition and with no other spelling
 * of it, so "where does the public stop seeing unpublished cycles?" has one answer.
 */
export function isPublishedCycle(): SQL {
	return eq(cycles.status, publicCycleStatus);
}

/** The same condition inside raw SQL, for a correlated subquery over another alias of `cycles`. */
export function isPublishedStatus(column: SQL): SQL {
	return sql`${column} = ${publicCycleStatus}`;
}
