import { asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { cities, invitations, user } from '../db/schema';

/** Every city with how many people work for it, for the secretariat's list. */
export async function adminCities(db: Database) {
	const rows = await db
		.select({
			id: cities.id,
			slug: cities.slug,
			name: cities.name,
			countryCode: cities.countryCode,
			signedOn: cities.signedOn,
			signedOnPrecision: cities.signedOnPrecision
		})
		.from(cities)
		.orderBy(asc(cities.name));
	const counts = await db
		.select({ cityId: user.cityId, people: sql<number>`count(*)::int` })
		.from(user)
		.where(isNotNull(user.cityId))
		.groupBy(user.cityId);
	const peopleByCity = new Map(counts.map((row) => [row.cityId, row.people]));
	return rows.map(({ id, ...city }) => ({ ...city, people: peopleByCity.get(id) ?? 0 }));
}

/** People with an account, and invitations not yet accepted. */
export async function adminPeople(db: Database) {
	const people = await db
		.select({ name: user.name, email: user.email, role: user.role, city: cities.name })
		.from(user)
		.leftJoin(cities, eq(cities.id, user.cityId))
		.orderBy(asc(user.name));
	const pending = await db
		.select({
			name: invitations.name,
			email: invitations.email,
			role: invitations.role,
			city: cities.name,
			expiresAt: invitations.expiresAt
		})
		.from(invitations)
		.leftJoin(cities, eq(cities.id, invitations.cityId))
		.where(isNull(invitations.acceptedAt))
		.orderBy(asc(invitations.createdAt));
	return { people, pending };
}

export async function cityChoices(db: Database) {
	return db.select({ id: cities.id, name: cities.name }).from(cities).orderBy(asc(cities.name));
}
