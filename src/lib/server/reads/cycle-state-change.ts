import { asc, eq, inArray, and, count } from 'drizzle-orm';
import type { Database } from '../db';
import { cities, responses } from '../db/schema';

type Reader = Pick<Database, 'select'>;

export interface StateChangeFacts {
	/** Cities invited to the cycle. */
	invited: number;
	/** Invited cities that have not handed in (neither submitted nor accepted), by name. */
	notSubmitted: string[];
}

/** What the confirmation of opening or closing a cycle tells the secretariat will happen. */
export async function cycleStateChangeFacts(db: Reader, cycleId: number): Promise<StateChangeFacts> {
	const [invited] = await db.select({ n: count() }).from(responses).where(eq(responses.cycleId, cycleId));
	const pending = await db
		.select({ name: cities.name })
		.from(responses)
		.innerJoin(cities, eq(cities.id, responses.cityId))
		.where(
			and(eq(responses.cycleId, cycleId), inArray(responses.state, ['invited', 'in_progress', 'returned']))
		)
		.orderBy(asc(cities.name));
	return { invited: Number(invited?.n ?? 0), notSubmitted: pending.map((row) => row.name) };
}
