import type { Database } from './db';
import { auditLog } from './db/schema';

export interface AuditEntry {
	actorId: string | null;
	action: string;
	subjectType: string;
	subjectId: string | number;
	before?: unknown;
	after?: unknown;
}

/** Appends to the audit trail. The application only ever inserts here; nothing updates or deletes. */
export async function writeAudit(db: Pick<Database, 'insert'>, entry: AuditEntry): Promise<void> {
	await db.insert(auditLog).values({
		actorId: entry.actorId,
		action: entry.action,
		subjectType: entry.subjectType,
		subjectId: String(entry.subjectId),
		before: entry.before ?? null,
		after: entry.after ?? null
	});
}
