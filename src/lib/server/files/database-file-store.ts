import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { storedFiles } from '../db/schema';
import { keySegments, type FileStore } from './file-store';

/**
 * Files kept in the `stored_files` table: every app server on the database reads what another stored, and
 * the database's backup holds them (decision 0019). One row per key; a put replaces it in one statement, so a
 * reader sees the old bytes or the new ones, never half.
 */
export function createDatabaseFileStore(db: Database): FileStore {
	return {
		async put(key, data) {
			keySegments(key);
			await db
				.insert(storedFiles)
				.values({ key, content: data, bytes: data.byteLength })
				.onConflictDoUpdate({
					target: storedFiles.key,
					set: { content: data, bytes: data.byteLength, storedAt: sql`now()` }
				});
		},

		async get(key) {
			keySegments(key);
			const [row] = await db
				.select({ content: storedFiles.content })
				.from(storedFiles)
				.where(eq(storedFiles.key, key));
			return row ? new Uint8Array(row.content) : null;
		},

		async remove(key) {
			keySegments(key);
			await db.delete(storedFiles).where(eq(storedFiles.key, key));
		}
	};
}
