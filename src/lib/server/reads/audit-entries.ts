import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import {
	auditPageSize,
	pageWindow,
	systemActor,
	type AuditFilter,
	type PageWindow
} from '$lib/domain/audit-filters';
import { deadlineTimeZone } from '$lib/domain/cycle-lifecycle';
import type { Database } from '../db';
import {
	auditLog,
	cities,
	cycles,
	invitations,
	practices,
	reportSections,
	responses,
	user
} from '../db/schema';

type Reader = Pick<Database, 'select' | 'selectDistinct'>;

export interface AuditEntryRow {
	id: number;
	at: Date;
	actorId: string | null;
	/** Null for entries without a person, or when the person's account no longer exists. */
	actorName: string | null;
	action: string;
	subjectType: string;
	subjectId: string;
	before: unknown;
	after: unknown;
	/**
	 * Names of what the entry is about, read now (null when it does not apply or no longer exists): the city and
	 * cycle of a response, a cycle, a city, a practice's title, a report part's title and its cycle, an invited
	 * person's name. The page builds a sentence of them; they are text and are shown as text.
	 */
	cityName: string | null;
	cycleName: string | null;
	itemName: string | null;
}

/** The id of the entry's subject, compared as text: `audit_log.subject_id` holds every kind of id. */
const subjectIs = (type: string, id: SQL | unknown) =>
	sql`${auditLog.subjectType} = ${type} and ${auditLog.subjectId} = (${id})::text`;

const cityName = sql<string | null>`case
	when ${auditLog.subjectType} = 'response' then (select ${cities.name} from ${responses} join ${cities} on ${cities.id} = ${responses.cityId} where ${subjectIs('response', responses.id)})
	when ${auditLog.subjectType} = 'city' then (select ${cities.name} from ${cities} where ${subjectIs('city', cities.id)})
	when ${auditLog.subjectType} = 'invitation' then (select ${cities.name} from ${invitations} join ${cities} on ${cities.id} = ${invitations.cityId} where ${subjectIs('invitation', invitations.id)})
end`;

const cycleName = sql<string | null>`case
	when ${auditLog.subjectType} = 'response' then (select ${cycles.name} from ${responses} join ${cycles} on ${cycles.id} = ${responses.cycleId} where ${subjectIs('response', responses.id)})
	when ${auditLog.subjectType} = 'cycle' then (select ${cycles.name} from ${cycles} where ${subjectIs('cycle', cycles.id)})
	when ${auditLog.subjectType} = 'report_section' then (select ${cycles.name} from ${reportSections} join ${cycles} on ${cycles.id} = ${reportSections.cycleId} where ${subjectIs('report_section', reportSections.id)})
end`;

const itemName = sql<string | null>`case
	when ${auditLog.subjectType} = 'practice' then (select ${practices.title} from ${practices} where ${subjectIs('practice', practices.id)})
	when ${auditLog.subjectType} = 'invitation' then (select ${invitations.name} from ${invitations} where ${subjectIs('invitation', invitations.id)})
	when ${auditLog.subjectType} = 'report_section' then (select coalesce(${reportSections.title}, ${reportSections.kind}) from ${reportSections} where ${subjectIs('report_section', reportSections.id)})
	when ${auditLog.subjectType} = 'questionnaire_version' then ${auditLog.subjectId}
end`;

export interface AuditPage extends PageWindow {
	entries: AuditEntryRow[];
	total: number;
}

/**
 * One page of the audit log, newest first, with the number of matching entries. Dates are days where the
 * secretariat works (both ends included), turned into moments by the database so summer time is right.
 */
export async function auditEntries(db: Reader, filter: AuditFilter): Promise<AuditPage> {
	const where = conditions(filter);
	const [counted] = await db.select({ total: count() }).from(auditLog).where(where);
	const total = counted?.total ?? 0;
	const window = pageWindow(filter.page, total);
	const entries = await db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			actorId: auditLog.actorId,
			actorName: user.name,
			action: auditLog.action,
			subjectType: auditLog.subjectType,
			subjectId: auditLog.subjectId,
			before: auditLog.before,
			after: auditLog.after,
			cityName,
			cycleName,
			itemName
		})
		.from(auditLog)
		.leftJoin(user, eq(user.id, auditLog.actorId))
		.where(where)
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(auditPageSize)
		.offset(window.offset);
	return { ...window, total, entries };
}

function conditions(filter: AuditFilter): SQL | undefined {
	const parts: SQL[] = [];
	if (filter.action) parts.push(eq(auditLog.action, filter.action));
	if (filter.actor === systemActor) parts.push(isNull(auditLog.actorId));
	else if (filter.actor) parts.push(eq(auditLog.actorId, filter.actor));
	if (filter.subjectType) parts.push(eq(auditLog.subjectType, filter.subjectType));
	if (filter.subjectId) parts.push(eq(auditLog.subjectId, filter.subjectId));
	if (filter.from) parts.push(sql`${auditLog.at} >= ${startOfDay(filter.from, 0)}`);
	if (filter.to) parts.push(sql`${auditLog.at} < ${startOfDay(filter.to, 1)}`);
	return parts.length ? and(...parts) : undefined;
}

/** Midnight in the organisation’s time zone, `plusDays` after the given calendar day, as a timestamp with zone. */
function startOfDay(day: string, plusDays: number): SQL {
	return sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${deadlineTimeZone()})`;
}

export interface AuditChoices {
	actions: string[];
	subjectTypes: string[];
	/** People who wrote entries, by name; whether entries without a person exist. */
	actors: { id: string; name: string }[];
	hasSystemEntries: boolean;
}

/** What the filters offer: only values present in the log, so no choice leads to an empty page by itself. */
export async function auditChoices(db: Reader): Promise<AuditChoices> {
	const actions = await db
		.selectDistinct({ action: auditLog.action })
		.from(auditLog)
		.orderBy(asc(auditLog.action));
	const subjectTypes = await db
		.selectDistinct({ subjectType: auditLog.subjectType })
		.from(auditLog)
		.orderBy(asc(auditLog.subjectType));
	const actors = await db
		.selectDistinct({ id: user.id, name: user.name })
		.from(auditLog)
		.innerJoin(user, eq(user.id, auditLog.actorId))
		.orderBy(asc(user.name), asc(user.id));
	const [system] = await db
		.select({ id: auditLog.id })
		.from(auditLog)
		.where(isNull(auditLog.actorId))
		.limit(1);
	return {
		actions: actions.map((row) => row.action),
		subjectTypes: subjectTypes.map((row) => row.subjectType),
		actors,
		hasSystemEntries: system !== undefined
	};
}
