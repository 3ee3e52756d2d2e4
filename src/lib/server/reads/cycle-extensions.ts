import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '../db';
import { auditLog, cities, responses, user } from '../db/schema';

/** The extensions granted in a cycle, with who granted the current one and when (from the audit trail). */
export async function cycleExtensions(db: Database, cycleId: number) {
	const rows = await db
		.select({ responseId: responses.id, city: cities.name, extendedTo: responses.extendedTo })
		.from(responses)
		.innerJoin(cities, eq(cities.id, responses.cityId))
		.where(and(eq(responses.cycleId, cycleId), isNotNull(responses.extendedTo)))
		.orderBy(asc(cities.name));
	if (rows.length === 0) return [];
	const grants = await db
		.select({ subjectId: auditLog.subjectId, at: auditLog.at, by: user.name })
		.from(auditLog)
		.leftJoin(user, eq(user.id, auditLog.actorId))
		.where(
			and(
				eq(auditLog.action, 'response.extended'),
				eq(auditLog.subjectType, 'response'),
				inArray(
					auditLog.subjectId,
					rows.map((row) => String(row.responseId))
				)
			)
		)
		.orderBy(desc(auditLog.at), desc(auditLog.id));
	const latest = new Map<string, { at: Date; by: string | null }>();
	for (const grant of grants) if (!latest.has(grant.subjectId)) latest.set(grant.subjectId, grant);
	return rows.map((row) => {
		const grant = latest.get(String(row.responseId));
		return {
			city: row.city,
			extendedTo: row.extendedTo as string,
			grantedAt: grant?.at ?? null,
			grantedBy: grant?.by ?? null
		};
	});
}
