import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { defaultLocale, isLocale, type Locale } from '$lib/domain/locale';
import type { Database } from '../db';
import { invitations, user } from '../db/schema';

export interface Coordinator {
	id: string;
	name: string;
	email: string;
	locale: Locale;
}

/** The coordinators (people with an account) of each of these cities, in the language they chose. */
export async function coordinatorsOf(
	db: Pick<Database, 'select'>,
	cityIds: readonly number[]
): Promise<Map<number, Coordinator[]>> {
	const byCity = new Map<number, Coordinator[]>();
	if (cityIds.length === 0) return byCity;
	const rows = await db
		.select({ id: user.id, name: user.name, email: user.email, locale: user.locale, cityId: user.cityId })
		.from(user)
		.where(and(eq(user.role, 'coordinator'), inArray(user.cityId, [...cityIds])))
		.orderBy(asc(user.name));
	for (const row of rows) {
		if (row.cityId === null) continue;
		const list = byCity.get(row.cityId) ?? [];
		list.push({
			id: row.id,
			name: row.name,
			email: row.email,
			locale: isLocale(row.locale) ? row.locale : defaultLocale
		});
		byCity.set(row.cityId, list);
	}
	return byCity;
}

/** A city's coordinators with an account, and those invited who have not yet accepted (admin city page). */
export async function cityCoordinators(db: Pick<Database, 'select'>, cityId: number) {
	const people = await db
		.select({ name: user.name, email: user.email })
		.from(user)
		.where(and(eq(user.role, 'coordinator'), eq(user.cityId, cityId)))
		.orderBy(asc(user.name));
	const pending = await db
		.select({ name: invitations.name, email: invitations.email })
		.from(invitations)
		.where(
			and(
				eq(invitations.role, 'coordinator'),
				eq(invitations.cityId, cityId),
				isNull(invitations.acceptedAt),
				gt(invitations.expiresAt, new Date())
			)
		)
		.orderBy(asc(invitations.createdAt));
	return { people, pending };
}

export interface PendingCoordinator {
	name: string;
	email: string;
	cityId: number;
}

/**
 * The coordinators of these cities who were invited to an account and have not accepted yet (the invitation
 * still open), by city. Cycle invitations go to them too, at the invited address.
 */
export async function pendingCoordinatorsOf(
	db: Pick<Database, 'select'>,
	cityIds: readonly number[],
	now: Date = new Date()
): Promise<Map<number, PendingCoordinator[]>> {
	const byCity = new Map<number, PendingCoordinator[]>();
	if (cityIds.length === 0) return byCity;
	const rows = await db
		.select({ name: invitations.name, email: invitations.email, cityId: invitations.cityId })
		.from(invitations)
		.where(
			and(
				eq(invitations.role, 'coordinator'),
				inArray(invitations.cityId, [...cityIds]),
				isNull(invitations.acceptedAt),
				gt(invitations.expiresAt, now)
			)
		)
		.orderBy(asc(invitations.createdAt));
	for (const row of rows) {
		if (row.cityId === null) continue;
		const list = byCity.get(row.cityId) ?? [];
		if (!list.some((person) => person.email === row.email)) list.push({ ...row, cityId: row.cityId });
		byCity.set(row.cityId, list);
	}
	return byCity;
}
