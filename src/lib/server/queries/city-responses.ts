import { desc, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { cycles, responses } from '../db/schema';

/** The cycles a city takes part in that it can open in the questionnaire (they carry a questionnaire). */
export async function cityResponses(db: Database, cityId: number) {
	const rows = await db
		.select({
			slug: cycles.slug,
			name: cycles.name,
			status: cycles.status,
			deadline: cycles.deadline,
			state: responses.state,
			hasQuestionnaire: cycles.questionnaireVersion
		})
		.from(responses)
		.innerJoin(cycles, eq(cycles.id, responses.cycleId))
		.where(eq(responses.cityId, cityId))
		.orderBy(desc(cycles.periodStart));
	return rows.filter((row) => row.hasQuestionnaire && row.status !== 'draft');
}
