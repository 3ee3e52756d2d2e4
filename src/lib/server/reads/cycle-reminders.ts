import { and, asc, eq, inArray } from 'drizzle-orm';
import { effectiveDeadline } from '$lib/domain/cycle-lifecycle';
import type { Database } from '../db';
import { cities, cycles, responses } from '../db/schema';
import { coordinatorsOf, type Coordinator } from './cycle-coordinators';

/** Responses still with the city: not yet submitted, or returned with queries. */
export const awaitedStates = ['invited', 'in_progress', 'returned'] as const;

export interface AwaitedCity {
	cityId: number;
	name: string;
	slug: string;
	state: (typeof awaitedStates)[number];
	/** The city's own deadline: its extension, or the cycle's. */
	deadline: string | null;
	extended: boolean;
	coordinators: Coordinator[];
}

/** The cities a reminder goes to, split into those with a coordinator to write to and those without. */
export async function reminderRecipients(db: Pick<Database, 'select'>, cycleId: number) {
	const rows = await db
		.select({
			cityId: cities.id,
			name: cities.name,
			slug: cities.slug,
			state: responses.state,
			deadline: cycles.deadline,
			extendedTo: responses.extendedTo
		})
		.from(responses)
		.innerJoin(cities, eq(cities.id, responses.cityId))
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(and(eq(responses.cycleId, cycleId), inArray(responses.state, [...awaitedStates])))
		.orderBy(asc(cities.name));
	const coordinators = await coordinatorsOf(
		db,
		rows.map((row) => row.cityId)
	);
	const awaited: AwaitedCity[] = rows.map((row) => ({
		cityId: row.cityId,
		name: row.name,
		slug: row.slug,
		state: row.state as AwaitedCity['state'],
		deadline: effectiveDeadline(row.deadline, row.extendedTo),
		extended: row.extendedTo !== null,
		coordinators: coordinators.get(row.cityId) ?? []
	}));
	return {
		withCoordinator: awaited.filter((city) => city.coordinators.length > 0),
		withoutCoordinator: awaited.filter((city) => city.coordinators.length === 0)
	};
}
