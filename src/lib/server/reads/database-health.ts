import { sql } from 'drizzle-orm';
import type { Database } from '../db';

/** Whether the database answers a trivial statement, for /healthz; false instead of throwing. */
export async function databaseAnswers(db: Database): Promise<boolean> {
	try {
		await db.execute(sql`select 1`);
		return true;
	} catch {
		return false;
	}
}
