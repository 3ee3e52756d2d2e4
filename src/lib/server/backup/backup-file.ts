/**
 * The backup file: gzip-compressed JSON lines. The first line describes the backup (format, when, from which
 * engine, which migrations had run, every table's columns); then one line per row ({ t: table, r: values as
 * PostgreSQL text }), one per stored file ({ f: path under DATA_DIR/files, b: base64 }), and a last line with
 * the counts, so a cut-off file is refused instead of restored in part.
 */
export const BACKUP_FORMAT = 'integrating-cities-monitor-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
	format: typeof BACKUP_FORMAT;
	version: number;
	createdAt: string;
	engine: 'pglite' | 'postgres';
	/** The migrations the database had run (drizzle's own table): a restore prepares the same schema. */
	migrations: { hash: string; createdAt: number }[];
	tables: { name: string; columns: { name: string; type: string }[] }[];
}

export type BackupLine =
	{ t: string; r: (string | null)[] } | { f: string; b: string } | { end: true; rows: number; files: number };

/** The default file name: the time it was taken, sortable. */
export function defaultBackupName(now = new Date()): string {
	return `backup-${now.toISOString().replace(/[:.]/g, '-')}.icm.gz`;
}
