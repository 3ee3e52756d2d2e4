import { customType, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** PostgreSQL's byte string; node-postgres hands back a Buffer and PGlite a Uint8Array, both Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

/**
 * Uploaded files (attachments) and printed report PDFs, by key ('responses/<responseId>/<fileId>',
 * 'report-pdfs/…'): in the database, so every app server on it sees the same files and a backup of the
 * database holds them too (decision 0019). Files are at most a few megabytes; PostgreSQL stores such values
 * out of line (TOAST), so rows that do not read `content` stay small.
 */
export const storedFiles = pgTable('stored_files', {
	key: text('key').primaryKey(),
	content: bytea('content').notNull(),
	/** The length of `content`, so listing files never reads them. */
	bytes: integer('bytes').notNull(),
	storedAt: timestamp('stored_at', { withTimezone: true }).notNull().defaultNow()
});
