import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { cities, responses } from '../db/schema';
import { coordinatorsOf, pendingCoordinatorsOf } from './cycle-coordinators';

/**
 * Every city for the invitation checklist: current signatories first (ticked by default), then the others,
 * each with whether it is already invited and who its coordinators are.
 */
export async function inviteChecklist(db: Database, cycleId: number) {
	const rows = await db
		.select({
			id: cities.id,
			name: cities.name,
			slug: cities.slug,
			countryCode: cities.countryCode,
			signatory: sql<boolean>`${cities.signedOn} is not null`,
			invited: sql<boolean>`${responses.id} is not null`
		})
		.from(cities)
		.leftJoin(responses, sql`${responses.cityId} = ${cities.id} and ${responses.cycleId} = ${cycleId}`)
		.orderBy(sql`${cities.signedOn} is null`, asc(cities.name));
	const coordinators = await coordinatorsOf(
		db,
		rows.map((row) => row.id)
	);
	const pending = await pendingCoordinatorsOf(
		db,
		rows.map((row) => row.id)
	);
	return rows.map((row) => ({
		...row,
		coordinators: (coordinators.get(row.id) ?? []).map((person) => person.name),
		/** Invited to an account, not accepted yet: the cycle's e-mail goes to them too. */
		pendingCoordinators: (pending.get(row.id) ?? []).map((person) => person.name)
	}));
}

/** The cities invited to a cycle, for choosing one (extensions). */
export async function invitedCities(db: Database, cycleId: number) {
	return db
		.select({ id: cities.id, name: cities.name, state: responses.state, extendedTo: responses.extendedTo })
		.from(responses)
		.innerJoin(cities, eq(cities.id, responses.cityId))
		.where(eq(responses.cycleId, cycleId))
		.orderBy(asc(cities.name));
}
